/**
 * A saved page's DOM as a reader sees it: the text a browser would copy, and
 * how big the tree is. Walks use explicit stacks, so no markup, however deeply
 * nested, can overflow the call stack.
 */

/** Elements whose content is never text a reader sees. */
const hidden = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME SELECT BUTTON HEAD OBJECT CANVAS'.split(' '));

/** Elements after which a reader's copy starts a new line. */
const blocks = new Set(
  [
    'P DIV H1 H2 H3 H4 H5 H6 LI UL OL DL DD DT TR TABLE PRE BLOCKQUOTE HR CENTER ADDRESS TITLE FORM',
    'SECTION ARTICLE HEADER FOOTER NAV ASIDE MAIN FIGURE FIGCAPTION',
  ]
    .join(' ')
    .split(' '),
);

/** The few DOM members the walkers use; siblings rather than childNodes, which linkedom rebuilds on every access. */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: TextNodeLike | null;
  nextSibling: TextNodeLike | null;
}

function childrenOf(node: TextNodeLike): TextNodeLike[] {
  const children: TextNodeLike[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}

/**
 * Plain text of a DOM subtree the way a browser copies it: blocks and <br> end
 * lines, table cells are separated by a space, hidden elements give nothing.
 * Walks with an explicit stack, so deeply nested markup cannot overflow the call stack.
 */
export function elementText(root: TextNodeLike): string {
  const out: string[] = [];
  const stack: (TextNodeLike | 'newline' | 'space')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'newline') out.push('\n');
    else if (node === 'space') out.push(' ');
    else if (node.nodeType === 3) out.push((node.textContent ?? '').replace(/[\t\n\r ]+/g, ' '));
    else if (node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11) {
      const name = node.nodeName.toUpperCase();
      if (hidden.has(name)) continue;
      if (name === 'BR') {
        out.push('\n');
        continue;
      }
      if (name === 'PRE') {
        // Preformatted text keeps its own line breaks.
        out.push('\n', node.textContent ?? '', '\n');
        continue;
      }
      const block = blocks.has(name);
      if (block) stack.push('newline');
      else if (name === 'TD' || name === 'TH') stack.push('space');
      const children = childrenOf(node);
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
      if (block) stack.push('newline');
    }
  }
  return out.join('');
}

/** Whether a reader's copy starts a new line after this element. */
export function isBlockElement(name: string): boolean {
  return blocks.has(name.toUpperCase());
}

/** Depth of the deepest element and the number of nodes, walked without recursion. */
export function treeSize(root: TextNodeLike): { depth: number; nodes: number } {
  let depth = 0;
  let nodes = 0;
  const stack: [TextNodeLike, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    depth = Math.max(depth, level);
    for (let child = node.firstChild; child; child = child.nextSibling) {
      nodes += 1;
      if (child.nodeType === 1) stack.push([child, level + 1]);
    }
  }
  return { depth, nodes };
}
