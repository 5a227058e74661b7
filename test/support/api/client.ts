// A GraphQL client for a test API over HTTP: `gql` returns the whole response with its HTTP status,
// `ok` fails on any GraphQL error and returns the data.
export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown }; path?: (string | number)[] }[];
}

export type Gql = <T = any>(query: string, variables?: Record<string, unknown>, token?: string | null) => Promise<GraphQLResponse<T>>;
export type Ok = <T = any>(query: string, variables?: Record<string, unknown>, token?: string | null) => Promise<T>;

/** A client of the API at `url`; `defaultToken()` is sent when a call passes no token (null sends none). */
export function graphqlClient(url: string, defaultToken: () => string | null = () => null): { gql: Gql; ok: Ok } {
  const gql: Gql = async (query, variables, token) => {
    const auth = token === undefined ? defaultToken() : token;
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GraphQLResponse;
    return { ...body, status: res.status };
  };
  const ok: Ok = async (query, variables, token) => {
    const res = await gql(query, variables, token);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  };
  return { gql, ok };
}
