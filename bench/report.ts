import { readFileSync, writeFileSync } from "node:fs";

/**
 * Replace the text between `<!-- name:begin -->` and `<!-- name:end -->` in a Markdown file (appending
 * the block when the markers are absent), so a bench rewrites its own figures and nothing else.
 */
export function writeSection(file: string, name: string, body: string) {
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    // a new file
  }
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${begin}\n${body}\n${end}`;
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  text =
    i >= 0 && j > i
      ? text.slice(0, i) + block + text.slice(j + end.length)
      : `${text}${text && !text.endsWith("\n") ? "\n" : ""}\n${block}\n`;
  writeFileSync(file, text);
  console.log(`figures written to ${file}`);
}
