import { stakeholderTree } from "@gcm-review/domain";

import type { StakeholderNode } from "@gcm-review/domain";
import type { Io } from "../io.js";

import { printJson } from "../output.js";

interface NodeView {
  id: string;
  name: string;
  source: string;
  status: string;
  children: NodeView[];
}

const view = (node: StakeholderNode): NodeView => ({
  id: node.category.id,
  name: node.category.name,
  source: node.category.source,
  status: node.category.status,
  children: node.children.map(view),
});

function renderTree(nodes: readonly NodeView[], depth = 0): string {
  return nodes
    .map(
      (node) =>
        `${"  ".repeat(depth)}${node.name} (${node.id})\n${renderTree(node.children, depth + 1)}`,
    )
    .join("");
}

/** `stakeholders`: the stakeholder taxonomy as an indented tree or as nested JSON. */
export function stakeholdersCommand(options: { json?: boolean }, io: Io): void {
  const tree = stakeholderTree().map(view);
  if (options.json) {
    printJson(io, tree);
    return;
  }
  io.stdout(renderTree(tree));
}
