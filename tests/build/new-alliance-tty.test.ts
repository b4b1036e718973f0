// `npm run new:alliance` in a real pseudo-terminal (python3's pty module): each answer is checked
// as it is given with check's message, fixed choices come from a list, the city is asked for a
// city alliance, and the file written passes `npm run check`.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { makeFixtureSite, removeFixture, repoRoot, runScript } from "../helpers/fixture-site.ts";

let site: string;
before(() => {
  site = makeFixtureSite();
});
after(() => removeFixture(site));

/** A conversation with a program in a pseudo-terminal: wait for a prompt, type a line. */
function terminal(cwd: string, args: string[]) {
  const child = spawn("python3", ["-c", "import pty, sys; sys.exit(pty.spawn(sys.argv[1:]) >> 8)", ...args], { cwd, env: { ...process.env, BUILD_DATE: "2026-11-26" } });
  let output = "";
  let seen = 0;
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    // readline moves the cursor with escape sequences; the test reads the text.
    output += chunk.toString().replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");
    for (const waiter of waiters.splice(0)) waiter();
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? -1)));
  return {
    /** Waits until the output after the last answer matches, and returns that part. */
    async expect(pattern: RegExp): Promise<string> {
      for (;;) {
        const fresh = output.slice(seen);
        const match = pattern.exec(fresh);
        if (match) {
          seen += match.index + match[0].length;
          return fresh.slice(0, match.index + match[0].length);
        }
        if (child.exitCode !== null) throw new Error(`exited before ${pattern}:\n${output}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    send(line: string) {
      child.stdin.write(`${line}\r`);
    },
    exited,
    output: () => output,
    /** Ends the program if it is still waiting (a failed expectation), so nothing is left running. */
    stop() {
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

describe("new:alliance in a terminal", () => {
  it("asks again with check's message, asks for the city, writes a file that passes check", { timeout: 120_000 }, async (t) => {
    const term = terminal(site, [process.execPath, "--import", "tsx", path.join(repoRoot, "scripts", "new-alliance.ts")]);
    t.after(() => term.stop());
    await term.expect(/Name of the alliance: $/);
    term.send("Peoria Alliance for the ICC");
    const scope = await term.expect(/Your choice \(number or name\): $/);
    assert.match(scope, /1\. city\s+2\. county\s+3\. state\s+4\. region/);
    term.send("town");
    const again = await term.expect(/Your choice \(number or name\): $/);
    assert.match(again, /content\/alliances\/peoria-alliance-for-the-icc\.md:\d+: scope: found "town"; expected one of "city", "county", "state", "region"/);
    term.send("1");
    const states = await term.expect(/Your choice \(number or code\): $/);
    assert.match(states, /State .*: pick one[\s\S]*\d+\. IL Illinois/);
    term.send("ZZ");
    const stateAgain = await term.expect(/Your choice \(number or code\): $/);
    assert.match(stateAgain, /state: found "ZZ"; expected a USPS code from data\/states\.yaml/);
    term.send("IL");
    await term.expect(/City: $/);
    term.send("Peoria");
    await term.expect(/Status: pick one[\s\S]*Your choice \(number or name\): $/);
    term.send("active");
    await term.expect(/Founded .*: $/);
    term.send("");
    await term.expect(/Summary .*: $/);
    term.send("Short");
    const summary = await term.expect(/Summary .*: $/);
    assert.match(summary, /summary: found 5 characters; expected at least 10 characters/);
    term.send("Congregations, veterans and civic clubs in Peoria working for cooperation with the Court.");
    await term.expect(/Host organization: $/);
    term.send("Peoria Civic League");
    await term.expect(/Host organization's website .*: $/);
    term.send("");
    await term.expect(/Contact person: $/);
    term.send("Sam Roe");
    await term.expect(/Contact email .*: $/);
    term.send("sam@example.org");
    await term.expect(/Contact phone .*: $/);
    term.send("");
    await term.expect(/The alliance's website .*: $/);
    term.send("");
    await term.expect(/Meetings .*: $/);
    term.send("First Thursday, 7 pm, Peoria Public Library");
    await term.expect(/Add a member organization\? \(y\/N\): $/);
    term.send("y");
    await term.expect(/Member organization's name: $/);
    term.send("Peoria Veterans Post");
    const kinds = await term.expect(/Your choice \(number or name\): $/);
    assert.match(kinds, /\d+\. veterans/);
    term.send("soldiers");
    const kindAgain = await term.expect(/Your choice \(number or name\): $/);
    assert.match(kindAgain, /members\[0\]\.kind: found "soldiers"; expected a member kind from data\/member-kinds\.yaml/);
    term.send("veterans");
    await term.expect(/Its website .*: $/);
    term.send("");
    await term.expect(/Add another member organization\? \(y\/N\): $/);
    term.send("n");
    const end = await term.expect(/--members[^\n]*\n/);
    assert.equal(await term.exited, 0, term.output());
    assert.match(end, /wrote content\/alliances\/peoria-alliance-for-the-icc\.md/);
    assert.match(end, /npm run new:alliance -- \\\r?\n {2}--name 'Peoria Alliance for the ICC'/);
    assert.match(end, /--city Peoria/);

    const file = path.join(site, "content", "alliances", "peoria-alliance-for-the-icc.md");
    assert.ok(existsSync(file));
    const text = readFileSync(file, "utf8");
    assert.match(text, /\nscope: city\ncity: Peoria\n|\ncity: Peoria\n/);
    assert.match(text, /\nmembers:\n {2}- name: Peoria Veterans Post\n {4}kind: veterans\n/);
    const check = runScript(site, "check.ts");
    assert.equal(check.status, 0, check.stderr);
  });
});
