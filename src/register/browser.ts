/**
 * The register page's script, bundled for the browser at build time (src/register/bundle.ts): it
 * checks the form as the visitor types with the very schema and messages `npm run check` uses,
 * then offers the file three ways. Nothing is sent anywhere unless the visitor follows a link.
 */
import { z } from "zod";
import { scaffoldAlliance, type Answers } from "../alliances/scaffold.ts";
import type { Vocabulary } from "../alliances/schema.ts";
import { formatProblem, type Problem } from "../validation/problem.ts";
import { eventFields, eventRows, memberFields, memberRows, registerFields } from "./fields.ts";
import { issueUrl } from "./issue.ts";

// The page's policy forbids eval; zod would try it (and fail) to compile faster parsers.
z.config({ jitless: true });

const form = document.querySelector<HTMLFormElement>("#register-form")!;
const vocabulary = JSON.parse(document.querySelector("#register-vocabulary")!.textContent!) as Vocabulary;
// The page's words for what the script writes (data/i18n `register.download_file`, `register.email_subject`).
const { email, repository } = form.dataset;
const downloadWords = form.dataset.download!;
const emailSubject = form.dataset.emailSubject!;
const fill = (text: string, name: string, value: string) => text.replace(`{${name}}`, value);
const summary = document.querySelector<HTMLElement>("#register-problems")!;
const result = document.querySelector<HTMLElement>("#register-result")!;
const preview = document.querySelector<HTMLElement>("#register-preview")!;
const download = document.querySelector<HTMLAnchorElement>("#register-download")!;
const mail = document.querySelector<HTMLAnchorElement>("#register-email")!;
const issue = document.querySelector<HTMLAnchorElement>("#register-issue");
const touched = new Set<string>();
let downloadUrl: string | undefined;

const value = (id: string) => (form.elements.namedItem(id) as HTMLInputElement | null)?.value ?? "";

function readAnswers(): Answers {
  const answers: Answers = {};
  for (const field of registerFields) answers[field.answer] = value(field.id) || undefined;
  answers.members = Array.from({ length: memberRows }, (_, i) => Object.fromEntries(memberFields.map((f) => [f.key, value(`members-${i}-${f.key}`)])));
  answers.events = Array.from({ length: eventRows }, (_, i) => Object.fromEntries(eventFields.map((f) => [f.key, value(`events-${i}-${f.key}`)])));
  return answers;
}

/** The form control a problem is about: `members[1].kind` → members-1-kind; `contact` → its email. */
function controlId(field: string): string | undefined {
  const row = /^(members|events)\[(\d+)\]\.(\w+)/.exec(field);
  if (row) return `${row[1]}-${row[2]}-${row[3]}`;
  if (field === "contact") return "contact-email";
  if (field === "host") return "host-name";
  return registerFields.find((f) => f.path === field || field.startsWith(`${f.path}[`))?.id;
}

function show(all: boolean): void {
  const answers = readAnswers();
  const { slug, text, problems } = scaffoldAlliance(answers, vocabulary);
  const byControl = new Map<string, Problem[]>();
  for (const problem of problems) {
    const id = controlId(problem.field) ?? "name";
    byControl.set(id, [...(byControl.get(id) ?? []), problem]);
  }
  for (const element of form.querySelectorAll<HTMLElement>("[data-error-for]")) {
    const id = element.dataset.errorFor!;
    const shown = all || touched.has(id) ? (byControl.get(id) ?? []) : [];
    element.textContent = shown.map((p) => `found ${p.found}; expected ${p.expected}${p.suggestion ? ` (${p.suggestion})` : ""}`).join("; ");
    const control = form.elements.namedItem(id) as HTMLElement | null;
    if (shown.length) control?.setAttribute("aria-invalid", "true");
    else control?.removeAttribute("aria-invalid");
  }
  preview.textContent = text;
  const visible = all ? problems : problems.filter((p) => touched.has(controlId(p.field) ?? "name"));
  summary.replaceChildren(
    ...visible.map((p) => {
      const item = document.createElement("li");
      item.textContent = formatProblem(p);
      return item;
    }),
  );
  summary.closest<HTMLElement>(".register-problems")!.hidden = visible.length === 0;
  const ready = problems.length === 0;
  result.hidden = !ready;
  if (!ready) return;
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([text], { type: "text/markdown" }));
  download.href = downloadUrl;
  download.download = `${slug}.md`;
  download.textContent = fill(downloadWords, "file", `${slug}.md`);
  if (email) mail.href = `mailto:${email}?subject=${encodeURIComponent(fill(emailSubject, "name", answers.name ?? ""))}&body=${encodeURIComponent(text)}`;
  if (issue && repository) issue.href = issueUrl(repository, answers);
}

form.addEventListener("input", (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name) touched.add(target.name);
  show(false);
});
form.addEventListener("change", (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name) touched.add(target.name);
  show(false);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  show(true);
  (result.hidden ? summary.closest<HTMLElement>(".register-problems") : result)?.focus();
});
for (const element of document.querySelectorAll<HTMLElement>("[data-needs-script]")) element.hidden = false;
for (const element of document.querySelectorAll<HTMLElement>("[data-without-script]")) element.hidden = true;
