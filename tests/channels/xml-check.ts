// A strict well-formedness check for the feeds' XML (xmlbuilder2's parser is lenient): balanced,
// properly nested elements, a single root, no stray "<", every "&" a known or numeric reference.

const BAD_AMP = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while ((m = token.exec(body))) {
    pos = token.lastIndex;
    const [, closing, name, attrs, selfClosing, text, stray] = m;
    if (stray) {
      problems.push(`stray "<" at ${m.index}`);
      break;
    }
    if (text !== undefined) {
      if (BAD_AMP.test(text)) problems.push(`unescaped & in "${text.slice(0, 40)}"`);
      if (stack.length === 0 && text.trim()) problems.push(`text outside the root: "${text.slice(0, 40)}"`);
      continue;
    }
    if (attrs && BAD_AMP.test(attrs)) problems.push(`unescaped & in attributes of <${name}>`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? "nothing"}>`);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
  }
  if (pos < body.length && problems.length === 0) problems.push(`unparsed input at ${pos}`);
  if (stack.length) problems.push(`unclosed: ${stack.join(" > ")}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
