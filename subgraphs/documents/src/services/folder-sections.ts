/** The sections every deal folder has (a brokerage's usual layout); names are Russian, as users see them on disk and on Drive. */
export const FOLDER_SECTIONS = ['CLIENT_DOCUMENTS', 'CALCULATIONS', 'POLICY', 'PAYMENTS'] as const;
export type FolderSection = (typeof FOLDER_SECTIONS)[number];

export const SECTION_NAMES: Record<FolderSection, string> = {
  CLIENT_DOCUMENTS: 'Документы клиента',
  CALCULATIONS: 'Расчёты',
  POLICY: 'Полис',
  PAYMENTS: 'Платежи',
};
