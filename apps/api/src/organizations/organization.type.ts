import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars";

@ObjectType({ description: "The tenant, with the legal identity reports need" })
export class Organization {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) legalName!: string | null;
  @Field(() => String, { nullable: true }) addressStreet!: string | null;
  @Field(() => String, { nullable: true }) addressCity!: string | null;
  @Field(() => String, { nullable: true }) addressPostalCode!: string | null;
  @Field(() => String, { nullable: true }) addressCountry!: string | null;
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field(() => String, { nullable: true, description: "EU authorised representative" }) euRepName!: string | null;
  @Field(() => String, { nullable: true }) euRepAddress!: string | null;
  @Field(() => String, { nullable: true }) euRepContact!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}

@InputType({ description: "Organisation profile; omitted fields are left unchanged" })
export class OrganizationProfileInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) legalName?: string | null;
  @Field(() => String, { nullable: true }) addressStreet?: string | null;
  @Field(() => String, { nullable: true }) addressCity?: string | null;
  @Field(() => String, { nullable: true }) addressPostalCode?: string | null;
  @Field(() => String, { nullable: true }) addressCountry?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => String, { nullable: true }) euRepName?: string | null;
  @Field(() => String, { nullable: true }) euRepAddress?: string | null;
  @Field(() => String, { nullable: true }) euRepContact?: string | null;
}
