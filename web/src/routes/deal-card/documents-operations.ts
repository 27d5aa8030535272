import { graphql } from '../../__generated__';

/** The deal's folder tree with each folder's document ids (for the counts); the files come per folder. */
export const DealDocumentsQuery = graphql(`
  query DealDocuments($id: ID!) {
    deal(id: $id) {
      id
      documentsFolder {
        id
        name
        documents {
          id
        }
        folders {
          id
          name
          section
          documents {
            id
          }
          folders {
            id
            name
            documents {
              id
            }
          }
        }
      }
    }
  }
`);

/** The files of one folder, with their versions: asked for when the folder is chosen (the whole tree with versions costs too much). */
export const FolderDocumentsQuery = graphql(`
  query FolderDocuments($id: ID!) {
    folder(id: $id) {
      id
      documents {
        ...DocumentRow
      }
    }
  }
  fragment DocumentRow on Document {
    id
    name
    version
    size
    contentType
    updatedAt
    bytesDeletedAt
    versions {
      id
      version
      originalName
      size
      available
      createdAt
    }
  }
`);

export const RequestUploadMutation = graphql(`
  mutation RequestUpload($input: RequestUploadInput!) {
    requestUpload(input: $input) {
      url
      maxBytes
      name
    }
  }
`);

export const RequestDownloadMutation = graphql(`
  mutation RequestDownload($input: RequestDownloadInput!) {
    requestDownload(input: $input) {
      url
    }
  }
`);
