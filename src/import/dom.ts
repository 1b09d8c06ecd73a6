// The little of the DOM the importer reads, typed structurally: the product is compiled without the DOM
// lib (it runs in Node), and linkedom's own classes satisfy these shapes.

export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode> & Iterable<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
}

export interface DomDocument {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  getElementById(id: string): DomElement | null;
}
