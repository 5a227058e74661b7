export { DateTimeResolver as DateTime, JSONResolver as JSON, JSONObjectResolver as JSONObject } from "graphql-scalars";
