import { graphql } from '../../__generated__';

/** Moving a deal to another stage, from the board and from the deal card; the version read goes with it. */
export const ChangeDealStageMutation = graphql(`
  mutation ChangeDealStage($input: ChangeDealStageInput!) {
    changeDealStage(input: $input) {
      deal {
        id
        stage
        version
      }
    }
  }
`);
