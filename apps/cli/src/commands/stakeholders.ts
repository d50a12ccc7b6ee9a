import { stakeholderTree } from "@gcm-review/domain";
import { entityLabels } from "@gcm-review/i18n";

import type { Context } from "../context.js";
import type { ShownLabel } from "../labels.js";
import type { StakeholderNode } from "@gcm-review/domain";

import { labelNotes, marked, shown } from "../labels.js";

interface NodeView {
  id: string;
  name: string;
  nameStatus: ShownLabel["status"];
  nameSource: string | null;
  source: string;
  status: string;
  children: NodeView[];
}

/** `stakeholders`: the stakeholder taxonomy as an indented tree or as nested JSON. */
export function stakeholdersCommand(options: { json?: boolean }, context: Context): void {
  const labels = entityLabels(context.locale).stakeholders;
  const shownLabels: ShownLabel[] = [];
  const view = (node: StakeholderNode): NodeView => {
    const name = shown(labels[node.category.id as keyof typeof labels], node.category.name);
    shownLabels.push(name);
    return {
      id: node.category.id,
      name: marked(name),
      nameStatus: name.status,
      nameSource: name.source,
      source: node.category.source,
      status: node.category.status,
      children: node.children.map(view),
    };
  };
  const tree = stakeholderTree().map(view);
  if (options.json) {
    const plain = (node: NodeView): NodeView => ({
      ...node,
      name: node.name.replace(/ \*$/, ""),
      children: node.children.map(plain),
    });
    context.printJson(tree.map(plain));
    return;
  }
  const render = (nodes: readonly NodeView[], depth: number): string =>
    nodes
      .map(
        (node) =>
          `${"  ".repeat(depth)}${node.name} (${node.id})\n${render(node.children, depth + 1)}`,
      )
      .join("");
  context.print(render(tree, 0) + labelNotes(shownLabels, context));
}
