/**
 * DOM methods taken from the prototypes once, called on page nodes. A form's named controls shadow
 * its properties (DOM clobbering: `<input name="parentNode">` makes `form.parentNode` that input, and
 * `<input name="querySelectorAll">` makes `form.querySelectorAll` not a function), so the content script
 * never reads a method or a node property from a page element itself. Our isolated world has its own
 * prototypes: a page script cannot replace these.
 */

function getter<T>(proto: object, name: string): (node: Node) => T {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  if (!get) throw new Error(`No getter ${name}`);
  return (node) => get.call(node) as T;
}

export const parentOf = getter<Node | null>(Node.prototype, 'parentNode');
export const nextSiblingOf = getter<Node | null>(Node.prototype, 'nextSibling');
export const tagNameOf = getter<string>(Element.prototype, 'tagName');

const insertBeforeMethod = Node.prototype.insertBefore;
const querySelectorAllMethod = Element.prototype.querySelectorAll;
const requestSubmitMethod = HTMLFormElement.prototype.requestSubmit;

/** Puts `node` just before `reference`, in `reference`'s parent; false when it has none. */
export function insertBeforeNode(node: Node, reference: Node): boolean {
  const parent = parentOf(reference);
  if (!parent) return false;
  insertBeforeMethod.call(parent, node, reference);
  return true;
}

export function queryAllIn<E extends Element = Element>(root: Element, selector: string): E[] {
  return [...(querySelectorAllMethod.call(root, selector) as NodeListOf<E>)];
}

export function requestSubmitOf(form: HTMLFormElement): void {
  requestSubmitMethod.call(form);
}
