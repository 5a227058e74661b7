import { ArgsType, Field, Int } from "type-graphql";

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: "Page size (hard maximum applies)" })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor from pageInfo.endCursor of the previous page" })
  after?: string | null;
}
