import {
  commissions,
  groupsOf,
  membersOf,
  membershipCoverage,
  membershipGroups,
  resolveRegion,
  state,
} from "@gcm-review/domain";
import { entityLabels } from "@gcm-review/i18n";

import type { Context } from "../context.js";
import type { ShownLabel } from "../labels.js";
import type { MembershipGroup, State } from "@gcm-review/domain";

import { CliError, CliErrorCode } from "../errors.js";
import { labelNotes, marked, shown } from "../labels.js";
import { renderTable } from "../table.js";

function groupLabel(group: MembershipGroup, context: Context): ShownLabel {
  // The League's name comes from the CLI's catalog, not from a sourced label: in English it is the canonical
  // name; in other languages a working translation, marked as such.
  if (group === "las") {
    return {
      text: context.t("group.las"),
      status: context.locale === "en" ? "fallback" : "working",
      source: null,
    };
  }
  const english = commissions.find((entry) => entry.id === group)?.name ?? group;
  return shown(entityLabels(context.locale).commissions[group], english);
}

function stateLabel(member: State, context: Context): ShownLabel {
  const labels = entityLabels(context.locale).states;
  return shown(labels[member.iso3 as keyof typeof labels], member.name);
}

function groupView(group: MembershipGroup, context: Context) {
  const coverage = membershipCoverage.find((entry) => entry.group === group);
  const name = groupLabel(group, context);
  return {
    id: group,
    name: name.text,
    nameStatus: name.status,
    members: membersOf(group).length,
    statedMembers: coverage?.memberCount.value ?? null,
    coverage: coverage?.coverage ?? "partial",
    source: coverage?.source ?? null,
    status: coverage?.status ?? null,
    label: name,
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

function findState(code: string): State {
  try {
    return state(code);
  } catch (error) {
    throw new CliError(CliErrorCode.USAGE, `unknown State ${code}`, {
      messageKey: /^[A-Za-z]{3}$/.test(code) ? "error.unknownState" : "error.unknownCode",
      values: { value: code },
      cause: error,
    });
  }
}

/** `regions [CODE]`: the regional groups, one group's members, or one State and its groups. */
export function regionsCommand(options: { code?: string; json?: boolean }, context: Context): void {
  const { t } = context;
  if (options.code === undefined) {
    const views = membershipGroups.map((group) => groupView(group, context));
    if (options.json) {
      context.printJson(views.map(({ label: _label, ...view }) => view));
      return;
    }
    context.print(
      renderTable(
        views,
        [
          { heading: t("heading.id"), cell: (view) => view.id },
          { heading: t("heading.group"), cell: (view) => marked(view.label) },
          { heading: t("heading.membersListed"), cell: (view) => String(view.members) },
          { heading: t("heading.coverage"), cell: (view) => t(`coverage.${view.coverage}`) },
        ],
        context.cell,
      ) +
        labelNotes(
          views.map((view) => view.label),
          context,
        ),
    );
    return;
  }
  const group = resolveGroup(options.code);
  if (group !== undefined) {
    const view = groupView(group, context);
    const members = membersOf(group).map((member) => ({
      member,
      name: stateLabel(member, context),
    }));
    if (options.json) {
      const { label: _label, ...plain } = view;
      context.printJson({
        ...plain,
        memberStates: members.map(({ member, name }) => ({
          iso3: member.iso3,
          name: name.text,
          nameStatus: name.status,
          nameSource: name.source,
          unMember: member.unMember,
        })),
      });
      return;
    }
    const summary = t("regions.groupSummary", {
      name: view.name,
      id: view.id,
      count: members.length,
      coverage: t(`coverage.${view.coverage}`),
    });
    context.print(
      `${summary}\n\n` +
        renderTable(
          members,
          [
            { heading: t("heading.iso3"), cell: (row) => row.member.iso3 },
            { heading: t("heading.state"), cell: (row) => marked(row.name) },
          ],
          context.cell,
        ) +
        labelNotes(
          members.map((row) => row.name),
          context,
        ),
    );
    return;
  }
  const found = findState(options.code);
  const name = stateLabel(found, context);
  const memberOf = groupsOf(found.iso3);
  if (options.json) {
    context.printJson({
      ...found,
      name: name.text,
      nameStatus: name.status,
      nameSource: name.source,
      englishName: found.name,
      groups: memberOf,
    });
    return;
  }
  const groups = memberOf.map((group) => groupLabel(group, context).text);
  context.print(
    `${t("regions.stateLine", { name: marked(name), iso3: found.iso3 })}${found.unMember ? "" : `, ${t("regions.observerState")}`}\n` +
      `${t("regions.stateGroups", { groups: groups.length > 0 ? context.join(groups) : t("regions.noGroups") })}\n` +
      labelNotes([name], context),
  );
}
