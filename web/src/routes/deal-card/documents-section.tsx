import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Progress, Table, Tree, Upload } from 'antd';
import { useMemo, useState } from 'react';
import type { DocumentRowFragment } from '../../__generated__/graphql';
import { formatInstant } from '../../components/dates';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { errorText } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { DealDocumentsQuery, FolderDocumentsQuery, RequestDownloadMutation, RequestUploadMutation } from './documents-operations';
import { UploadError, uploadFile } from './upload-file';
import { useToasts } from '../../components/toasts';

interface FolderNode {
  id: string;
  name: string;
  section?: string | null;
  documents: { id: string }[];
  folders?: FolderNode[];
}

function bytes(size: number, intl: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(intl, { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}

function findFolder(folder: FolderNode, id: string): FolderNode | undefined {
  if (folder.id === id) return folder;
  for (const child of folder.folders ?? []) {
    const found = findFolder(child, id);
    if (found) return found;
  }
  return undefined;
}

/** Opens a one-time download link: the browser saves the file under the name the server sends. */
function startDownload(url: string): void {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}

/** The deal's folder tree; the card page starts it together with its header (docs/performance.md). */
export const dealDocumentsQuery = (dealId: string) =>
  queryOptions({ queryKey: ['deal', dealId, 'documents'], queryFn: () => execute(DealDocumentsQuery, { id: dealId }), retry: 5, retryDelay: 2_000 });

/** The deal's folder tree (its sections, policies under «Полис»), the files of the chosen folder with versions, drag-and-drop upload with progress. */
export function DocumentsSection({ dealId }: { dealId: string }) {
  const { t } = useLocale();
  // The folder is made from CRM's events a moment after the deal: until then NOT_FOUND, retried.
  const query = useQuery(dealDocumentsQuery(dealId));
  return (
    <SectionCard title={t('docs.title')}>
      <QueryState query={query}>{(data) => data.deal && <DocumentsBrowser dealId={dealId} root={data.deal.documentsFolder} />}</QueryState>
    </SectionCard>
  );
}

function DocumentsBrowser({ dealId, root }: { dealId: string; root: FolderNode }) {
  const { t, intl } = useLocale();
  const { message } = useToasts();
  const queryClient = useQueryClient();
  const firstSection = root.folders?.find((f) => f.section === 'CLIENT_DOCUMENTS')?.id ?? root.id;
  const [selectedId, setSelectedId] = useState(firstSection);
  const [uploads, setUploads] = useState<{ uid: string; name: string; percent: number; error?: string }[]>([]);
  const selected = findFolder(root, selectedId) ?? root;
  const files = useQuery({ queryKey: ['deal', dealId, 'documents', selected.id], queryFn: () => execute(FolderDocumentsQuery, { id: selected.id }) });
  // A deal's sections are named in the reader's language; other folders by their own name.
  const folderLabel = (f: FolderNode) => (f.section ? t(`docs.section.${f.section}` as 'docs.section.POLICY') : f.name);
  const treeData = useMemo(() => {
    interface TreeNode {
      key: string;
      title: string;
      children: TreeNode[];
    }
    const node = (f: FolderNode): TreeNode => ({ key: f.id, title: `${folderLabel(f)} (${f.documents.length})`, children: (f.folders ?? []).map(node) });
    return [node(root)];
  }, [root, t]);

  const download = useMutation({
    mutationFn: (input: { documentId: string; version?: number }) => execute(RequestDownloadMutation, { input }),
    onSuccess: (data) => startDownload(data.requestDownload.url),
    onError: (error) => void message.error(errorText(t, error)),
  });

  const send = async (file: File, uid: string) => {
    const update = (patch: Partial<{ percent: number; error: string }>) => setUploads((list) => list.map((u) => (u.uid === uid ? { ...u, ...patch } : u)));
    setUploads((list) => [...list, { uid, name: file.name, percent: 0 }]);
    try {
      const link = (await execute(RequestUploadMutation, { input: { folderId: selected.id, name: file.name, size: file.size } })).requestUpload;
      if (file.size > link.maxBytes) throw new UploadError(413, 'TOO_LARGE');
      await uploadFile(link.url, file, (percent) => update({ percent }));
      update({ percent: 100 });
      await queryClient.invalidateQueries({ queryKey: ['deal', dealId, 'documents'] });
      setUploads((list) => list.filter((u) => u.uid !== uid));
      void message.success(t('docs.uploaded', { name: link.name }));
    } catch (error) {
      update({ error: error instanceof UploadError ? t(error.status === 413 ? 'docs.tooLarge' : 'docs.uploadFailed') : errorText(t, error) });
    }
  };

  return (
    <Flex gap={16} wrap>
      <nav aria-label={t('docs.folders')} style={{ minWidth: 220 }}>
        <Tree treeData={treeData} defaultExpandAll selectedKeys={[selected.id]} onSelect={(keys) => keys[0] && setSelectedId(String(keys[0]))} />
      </nav>
      <Flex vertical gap={12} style={{ flex: 1, minWidth: 320 }}>
        <Upload.Dragger
          multiple
          showUploadList={false}
          customRequest={(options) => void send(options.file as File, (options.file as File & { uid: string }).uid)}
        >
          <p style={{ margin: 0 }}>{t('docs.drop', { folder: folderLabel(selected) })}</p>
        </Upload.Dragger>
        {uploads.map((u) => (
          <div key={u.uid} data-upload={u.name}>
            {u.name}
            <Progress percent={u.percent} status={u.error ? 'exception' : u.percent === 100 ? 'success' : 'active'} size="small" aria-label={`${t('docs.uploading')}: ${u.name}`} />
            {u.error && <Alert type="error" showIcon title={u.error} closable={{ onClose: () => setUploads((list) => list.filter((x) => x.uid !== u.uid)) }} />}
          </div>
        ))}
        {files.isError && <Alert type="error" showIcon title={errorText(t, files.error)} />}
        <Table<DocumentRowFragment>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={files.data?.folder.documents ?? []}
          loading={files.isLoading}
          locale={{ emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.66)' }}>{t('docs.empty')}</span> }}
          expandable={{
            rowExpandable: (d) => d.versions.length > 1,
            expandedRowRender: (d) => (
              <ul style={{ margin: 0 }} aria-label={`${t('docs.versions')}: ${d.name}`}>
                {d.versions.map((v) => (
                  <li key={v.id}>
                    v{v.version} · {v.originalName} · {bytes(v.size, intl)} · {formatInstant(v.createdAt, intl)}{' '}
                    {v.available ? (
                      <Button size="small" type="link" onClick={() => download.mutate({ documentId: d.id, version: v.version })}>
                        {t('docs.download')}
                      </Button>
                    ) : (
                      t('docs.bytesGone')
                    )}
                  </li>
                ))}
              </ul>
            ),
          }}
          columns={[
            { title: t('docs.name'), dataIndex: 'name' },
            { title: t('docs.version'), render: (_, d) => `v${d.version}` },
            { title: t('docs.size'), align: 'right', render: (_, d) => bytes(d.size, intl) },
            { title: t('deals.col.updatedAt'), render: (_, d) => formatInstant(d.updatedAt, intl) },
            {
              key: 'download',
              render: (_, d) =>
                d.bytesDeletedAt ? (
                  t('docs.bytesGone')
                ) : (
                  <Button size="small" onClick={() => download.mutate({ documentId: d.id })} aria-label={`${t('docs.download')}: ${d.name}`}>
                    {t('docs.download')}
                  </Button>
                ),
            },
          ]}
        />
      </Flex>
    </Flex>
  );
}
