/** Auth owns users; CRM hands out references the router resolves there. */
export interface UserRef {
  __typename?: 'User';
  id: string;
}

export const userRef = (id: string): UserRef => ({ __typename: 'User', id });
