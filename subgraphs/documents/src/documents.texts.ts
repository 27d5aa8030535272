import { defineTexts } from '@crm/texts';

/** Everything Documents tells people, in Russian and English (one table per package). */
export const documentsText = defineTexts('documents', {
  noSuchDocument: { ru: 'Документ не найден', en: 'No such document' },
  noSuchVersion: { ru: 'Такой версии документа нет', en: 'No such version' },
  noSuchFolder: { ru: 'Папка не найдена', en: 'No such folder' },
  noFolderForRecord: { ru: 'У этой записи нет папки документов', en: 'No documents folder for this record' },
  noSuchCalculation: { ru: 'Расчёт не найден', en: 'No such calculation' },
  searchTooShort: { ru: 'не короче 2 символов', en: 'at least 2 characters' },
  bytesDeleted: { ru: 'Содержимое документа удалено (истёк срок хранения или очистка)', en: 'The bytes of this document were deleted (expired or purged)' },
  folderGone: { ru: 'Папки документа больше нет (клиент удалён): документ нельзя восстановить', en: 'The document’s folder is gone (the client was deleted); it cannot be restored' },
  retentionOver: { ru: 'Срок хранения истёк: документ нельзя восстановить', en: 'The retention period is over; the document cannot be restored' },
  nameTakenInFolder: { ru: 'В папке уже есть документ с таким именем', en: 'A document with this name is in the folder now' },
  onlyImportedExpire: { ru: 'срок действия есть только у импортированных документов', en: 'only imported documents expire' },
  alreadyExpired: { ru: 'Срок действия документа уже истёк', en: 'The document has expired already' },
  folderOrCalculation: { ru: 'укажите что-то одно: folderId или calculationId', en: 'give exactly one of folderId and calculationId' },
  tooLargeUpload: { ru: 'не больше {maxBytes} байт', en: 'at most {maxBytes} bytes' },
  wrongFolder: { ru: 'файлы кладут в папку клиента, сделки или полиса', en: 'files go into a client, deal or policy folder' },
  documentDeleted: { ru: 'Документ удалён', en: 'The document was deleted' },
  nameRequired: { ru: 'нужно имя файла', en: 'a file name is required' },
  linkGone: { ru: 'Ссылка уже использована или истекла. Запросите новую.', en: 'The link was used or has expired; request a new one.' },
  fileTooLarge: { ru: 'Файл больше {maxBytes} байт.', en: 'The file is larger than {maxBytes} bytes.' },
  rangeOutside: { ru: 'Диапазон за пределами файла', en: 'The range is outside the file' },
  transferFailed: { ru: 'Передача файла не удалась.', en: 'The transfer failed.' },
});
