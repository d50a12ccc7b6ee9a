import {
  commissions,
  groupsOf,
  membersOf,
  membershipCoverage,
  resolveRegion,
  state,
} from "@gcm-review/domain";

import type { MembershipGroup } from "@gcm-review/domain";
import type { Io } from "../io.js";

import { CliError, CliErrorCode } from "../errors.js";
import { printJson } from "../output.js";
import { renderTable } from "../table.js";

const LAS_NAME = "League of Arab States";

const groupName = (group: MembershipGroup): string =>
  group === "las" ? LAS_NAME : (commissions.find((c) => c.id === group)?.name ?? group);

function groupView(group: MembershipGroup) {
  const coverage = membershipCoverage.find((entry) => entry.group === group);
  return {
    id: group,
    name: groupName(group),
    members: membersOf(group).length,
    statedMembers: coverage?.memberCount.value ?? null,
    coverage: coverage?.coverage ?? "partial",
    source: coverage?.source ?? null,
    status: coverage?.status ?? null,
  };
}

// A region argument is a group id or alias (escwa, arab, las) or a State's alpha-3 code (EGY).
function resolveGroup(code: string): MembershipGroup | undefined {
  if (code.toLowerCase() === "las") return "las";
  try {
    return resolveRegion(code);
  } catch {
    return undefined;
  }
}

/** `regions [CODE]`: the regional groups, one group's members, or one State and its groups. */
export function regionsCommand(options: { code?: string; json?: boolean }, io: Io): void {
  const groups: MembershipGroup[] = ["las", "eca", "ece", "eclac", "escap", "escwa"];
  if (options.code === undefined) {
    const views = groups.map(groupView);
    if (options.json) return printJson(io, views);
    io.stdout(
      renderTable(views, [
        { heading: "Id", cell: (view) => view.id },
        { heading: "Group", cell: (view) => view.name },
        { heading: "Members listed", cell: (view) => String(view.members) },
        { heading: "Coverage", cell: (view) => view.coverage },
      ]),
    );
    return;
  }
  const group = resolveGroup(options.code);
  if (group !== undefined) {
    const members = membersOf(group).map((member) => ({
      iso3: member.iso3,
      name: member.name,
      unMember: member.unMember,
    }));
    if (options.json) return printJson(io, { ...groupView(group), memberStates: members });
    const view = groupView(group);
    io.stdout(
      `${view.name} (${view.id}): ${members.length} members listed, coverage ${view.coverage}\n\n`,
    );
    io.stdout(
      renderTable(members, [
        { heading: "ISO3", cell: (member) => member.iso3 },
        { heading: "State", cell: (member) => member.name },
      ]),
    );
    return;
  }
  if (!/^[A-Za-z]{3}$/.test(options.code)) {
    throw new CliError(
      CliErrorCode.USAGE,
      `Unknown region or State "${options.code}": give a group (${groups.join(", ")}, arab) or an ISO 3166-1 alpha-3 code such as EGY.`,
    );
  }
  const found = state(options.code);
  const memberOf = groupsOf(found.iso3);
  if (options.json) return printJson(io, { ...found, groups: memberOf });
  io.stdout(`${found.name} (${found.iso3})${found.unMember ? "" : ", observer State"}\n`);
  io.stdout(`Groups: ${memberOf.map(groupName).join("; ") || "none listed"}\n`);
}
