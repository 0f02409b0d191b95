/**
 * The check a stored value passes before the page trusts it, when storage is read at
 * start-up (storage/index.js load): the same rules as worksheets/stored/check.py, in the same
 * order, driven by the same description, which the build derives from the Python
 * declarations and writes as storage/shapes.js. A test holds the two to the same answers.
 *
 * It checks shape, not answers (a half-typed form is valid storage). A value it refuses is
 * treated as unreadable: kept aside, never put into a form. What it merely leaves out (a
 * key the site does not save, a choice that is not an option, an output the site did not
 * write) is left out of what the caller gets, and stays in storage until the next save.
 */
import SHAPES from "./shapes.js";

/** What every saved record carries in its "format" (worksheets/stored.py FORMAT). */
export const FORMAT = SHAPES.format;

/** Every limit on what is stored (worksheets/stored.py Limits). */
export const LIMITS = Object.freeze({ ...SHAPES.limits });

const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const compiled = new Map();

/** Whether the whole text matches a pattern of the description. */
function fits(pattern, text) {
  if (!compiled.has(pattern)) compiled.set(pattern, new RegExp(`^(?:${pattern})$`));
  return compiled.get(pattern).test(text);
}

class Refused {
  constructor(code) {
    this.code = code;
  }
}

/**
 * @param {string} name a storage name
 * @returns {{kind: object, aside: boolean}|null} its kind, and whether it is a value kept aside
 */
export function kindOf(name) {
  const at = name.indexOf(SHAPES.aside);
  const base = at < 0 ? name : name.slice(0, at);
  if (at >= 0 && !fits(SHAPES.asideTime, name.slice(at + SHAPES.aside.length))) return null;
  const kind = SHAPES.kinds.find((k) => fits(k.pattern, base));
  return kind ? { kind, aside: at >= 0 } : null;
}

/** Levels of nesting: 0 for a text or number, 1 for [] or {}, one more per level (no recursion). */
export function depth(value) {
  let deepest = 0;
  const stack = [[value, 1]];
  while (stack.length) {
    const [item, level] = stack.pop();
    if (item === null || typeof item !== "object") continue;
    deepest = Math.max(deepest, level);
    for (const child of Object.values(item)) stack.push([child, level + 1]);
  }
  return deepest;
}

const integer = (value) => typeof value === "number" && Number.isInteger(value);
const isText = (value) => typeof value === "string";

class Checker {
  constructor() {
    this.dropped = [];
  }

  fields(specs, value) {
    const out = [];
    for (const [key, item] of Object.entries(value)) {
      if (!has(specs, key)) {
        this.dropped.push("unknown");
        continue;
      }
      const spec = specs[key];
      let result;
      try {
        result = this.value(spec, item);
      } catch (error) {
        if (!(error instanceof Refused) || !spec.drop) throw error;
        this.dropped.push(spec.code || error.code);
        continue;
      }
      if (result.keep) out.push([key, result.value]);
      else this.dropped.push(result.code);
    }
    const kept = new Set(out.map(([key]) => key));
    for (const [key, spec] of Object.entries(specs)) if (spec.need && !kept.has(key)) throw new Refused("shape");
    return Object.fromEntries(out); // own keys only, whatever their names
  }

  value(spec, value) {
    const keep = (clean) => ({ keep: true, value: clean });
    if (value === null && !spec.need) return keep(null);
    switch (spec.t) {
      case "const":
        if (value !== spec.value) throw new Refused("shape");
        return keep(value);
      case "version":
        if (!integer(value) || value < 1) throw new Refused("shape");
        if (value > spec.newest) throw new Refused("newer");
        return keep(value);
      case "text":
        if (!isText(value)) throw new Refused("type");
        if (has(spec, "max") && value.length > spec.max) throw new Refused("long");
        if (value && spec.choices && !spec.choices.includes(value)) return { keep: false, code: "choice" };
        if (value && has(spec, "pattern") && !fits(spec.pattern, value)) return { keep: false, code: "format" };
        return keep(value);
      case "bool":
        if (typeof value !== "boolean") throw new Refused("type");
        return keep(value);
      case "fields":
        if (!isObject(value)) throw new Refused("shape");
        return keep(this.fields(spec.fields, value));
      case "group":
        if (!Array.isArray(value)) throw new Refused("type");
        if (value.length > spec.max) throw new Refused("many");
        return keep(value.map((entry) => {
          if (!isObject(entry)) throw new Refused("type");
          return this.fields(spec.fields, entry);
        }));
      case "edits":
        return keep(edits(value));
      case "output":
        return keep(output(value));
      case "ticks": {
        const entries = isObject(value) ? Object.entries(value) : null;
        if (!entries || entries.length > spec.max || !entries.every(([k, v]) => fits(spec.key, k) && typeof v === "boolean"))
          return { keep: false, code: "format" };
        return keep(Object.fromEntries(entries));
      }
      default:
        throw new Error(`the description has a type the check does not know: ${spec.t}`);
    }
  }
}

function edits(value) {
  if (!isObject(value)) throw new Refused("type");
  const entries = Object.entries(value);
  if (entries.length > LIMITS.edits) throw new Refused("many");
  if (!entries.every(([, text]) => isText(text))) throw new Refused("type");
  if (entries.some(([key, text]) => key.length > LIMITS.name || text.length > LIMITS.edit_text)) throw new Refused("long");
  return Object.fromEntries(entries);
}

function output(value) {
  const keys = isObject(value) ? Object.keys(value) : [];
  if (keys.length !== 1 || keys[0] !== "blocks" || !Array.isArray(value.blocks)) throw new Refused("output");
  for (const block of value.blocks) {
    const specs = isObject(block) && isText(block.type) && has(SHAPES.blocks, block.type) ? SHAPES.blocks[block.type] : null;
    if (!specs || Object.keys(block).some((key) => !has(specs, key))) throw new Refused("output");
    for (const [key, spec] of Object.entries(specs)) {
      if (!has(block, key) ? spec.need : !part(spec, block[key])) throw new Refused("output");
    }
  }
  return value;
}

/** Whether one field of an output block is as the site writes it. */
function part(spec, value) {
  switch (spec.t) {
    case "text":
      return isText(value) && !(value && spec.choices && !spec.choices.includes(value)) && (!has(spec, "pattern") || fits(spec.pattern, value));
    case "int":
      return integer(value) && value >= 0 && value <= LIMITS.number;
    case "texts":
      return Array.isArray(value) && value.every(isText);
    case "rows":
      return Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every(isText));
    default:
      return tree(value, 1);
  }
}

function tree(nodes, level) {
  if (!Array.isArray(nodes) || level > LIMITS.tree) return false;
  return nodes.every((node) => isText(node) || (Array.isArray(node) && node.length === 2 && SHAPES.treeTags.includes(node[0]) && tree(node[1], level + 1)));
}

/**
 * Check a value already read as JSON.
 * @param {string} name its storage name
 * @param {unknown} value
 * @param {number} size the characters of its JSON text
 * @returns {{ok: true, value: unknown, aside: boolean, dropped: string[]}|{ok: false, reason: string}}
 *   `value` is what to use: the record without what was left out (`dropped`, by code)
 */
export function checkValue(name, value, size) {
  if (typeof name !== "string" || name.length > LIMITS.name) return { ok: false, reason: "name" };
  const found = kindOf(name);
  if (!found) return { ok: false, reason: "unknown" };
  if (size > LIMITS.value) return { ok: false, reason: "large" };
  if (depth(value) > LIMITS.depth) return { ok: false, reason: "deep" };
  if (found.aside) return isText(value) ? { ok: true, value, aside: true, dropped: [] } : { ok: false, reason: "shape" };
  const checker = new Checker();
  try {
    if (!isObject(value)) throw new Refused("shape");
    return { ok: true, value: checker.fields(found.kind.top, value), aside: false, dropped: checker.dropped };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.code };
    throw error;
  }
}

/**
 * Check a value as stored (JSON text), as worksheets/stored/check.py check_text does.
 * @param {string} name @param {string|null} raw null: nested too deeply to write out
 */
export function checkText(name, raw) {
  if (typeof name !== "string" || name.length > LIMITS.name) return { ok: false, reason: "name" };
  if (!kindOf(name)) return { ok: false, reason: "unknown" };
  if (raw === null) return { ok: false, reason: "deep" };
  if (typeof raw !== "string") return { ok: false, reason: "unreadable" };
  if (raw.length > LIMITS.value) return { ok: false, reason: "large" };
  let value;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { ok: false, reason: error instanceof RangeError ? "deep" : "unreadable" };
  }
  return checkValue(name, value, raw.length);
}
