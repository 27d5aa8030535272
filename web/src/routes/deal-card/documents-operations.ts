import { graphql } from '../../__generated__';

export const DealDocumentsQuery = graphql(`
  query DealDocuments($id: ID!) {
    deal(id: $id) {
      id
      documentsFolder {
        id
        name
        documents {
          ...DocumentRow
        }
        folders {
          id
          name
          section
          documents {
            ...DocumentRow
          }
          folders {
            id
            name
            documents {
              ...DocumentRow
            }
          }
        }
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
