import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import type { Context } from "../graphql/context";
import { RecordIncidentInput, UpdateIncidentInput } from "./incident.input";
import { Incident } from "./incident.type";

@Resolver(() => Incident)
export class IncidentResolver {
  @Allow(Permission.READ)
  @Query(() => [Incident], { description: "Incidents, most recent first (at most 500), of one AI system or all" })
  incidents(@Ctx() ctx: Context, @Arg("systemId", () => ID, { nullable: true }) systemId?: string | null) {
    return core.listIncidents({ actor: ctx.actor!, systemId });
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Incident, { description: "Record an incident of an AI system" })
  recordIncident(@Ctx() ctx: Context, @Arg("input", () => RecordIncidentInput) input: RecordIncidentInput) {
    return core.recordIncident({ actor: ctx.actor!, input });
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Incident, { description: "Change an incident's status, resolution or reporting" })
  updateIncident(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => UpdateIncidentInput) input: UpdateIncidentInput) {
    return core.updateIncident({ actor: ctx.actor!, id, input });
  }
}
