#!/usr/bin/env bash
# Breaks each reliability and security guarantee on purpose and shows that its test fails.
#
# For each group of breaks.tsv: a temporary git worktree of HEAD (the developer's tree is never
# touched), the group's patches applied to production code, one Maven run of the group's IT
# classes, and the Failsafe reports read back. A break counts as caught when every test named for
# it FAILED with a message matching its pattern. Passing without the patches is what every
# `mvn verify` shows, so it is not run here. Prints one table; exits non-zero when a break went
# unnoticed (or could not be applied or run).
#
#   modules/app/src/test/breaks/run.sh [--with-pg] [--only h2-a,h2-b] [--list] [--keep] [-- maven args]
#
#   --with-pg  also the pg-* groups (R1 CrashRecoveryIT, R6 TwoNodesIT; PostgreSQL on
#              127.0.0.1:5432, databases chorus_r1/chorus_r6, ports 28180-28182)
#   --only     just these groups (a pg-* group named here runs without --with-pg)
#   --list     print the groups and their breaks, run nothing
#   --keep     leave the temporary worktree behind (its path is printed)
#   --report   run nothing; print the table from the last runs' reports in modules/app/target/breaks
#   after --    passed to every Maven run, e.g. -- -Dchorus.it.smtp.port=39125
#
# Logs and the Failsafe reports of each group: modules/app/target/breaks/<group>/.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel)"
manifest="$here/breaks.tsv"
out="$root/modules/app/target/breaks"

with_pg=false
only=""
list=false
keep=false
report=false
maven_args=()
while (($#)); do
  case "$1" in
    --with-pg) with_pg=true ;;
    --only) only="$2"; shift ;;
    --list) list=true ;;
    --keep) keep=true ;;
    --report) report=true ;;
    --) shift; maven_args=("$@"); break ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

# Groups in manifest order, with their -Dit.test.
mapfile -t groups < <(grep -v '^#' "$manifest" | grep -v '^\s*$' | cut -f1 | awk '!seen[$0]++')
selected=()
for g in "${groups[@]}"; do
  if [[ -n "$only" ]]; then
    [[ ",$only," == *",$g,"* ]] && selected+=("$g")
  elif [[ "$g" != pg-* ]] || $with_pg; then
    selected+=("$g")
  fi
done
if ((${#selected[@]} == 0)); then
  echo "no group selected (groups: ${groups[*]})" >&2
  exit 2
fi

if $list; then
  for g in "${selected[@]}"; do
    awk -F'\t' -v g="$g" '$1 == g && !/^#/ {
      if (!shown++) printf "%s  (-Dit.test=%s)\n", g, $2
      printf "  %-45s %s\n", $3, $6 }' "$manifest"
  done
  exit 0
fi

started=$(date +%s)
if ! $report; then
mkdir -p "$out"
tree="$(mktemp -d /tmp/chorus-breaks.XXXXXX)"
cleanup() {
  if $keep; then
    echo "temporary worktree kept: $tree (git worktree remove --force $tree)"
  else
    git -C "$root" worktree remove --force "$tree" 2>/dev/null || rm -rf "$tree"
    git -C "$root" worktree prune
  fi
}
trap cleanup EXIT
rmdir "$tree"
git -C "$root" worktree add --quiet --detach "$tree" HEAD
echo "worktree of $(git -C "$root" rev-parse --short HEAD) in $tree"

for g in "${selected[@]}"; do
  dir="$out/$g"
  rm -rf "$dir"
  mkdir -p "$dir"
  it_test="$(awk -F'\t' -v g="$g" '$1 == g && !/^#/ { print $2; exit }' "$manifest")"
  # Back to HEAD; untracked build output (target/) stays, so later groups build incrementally.
  git -C "$tree" reset --quiet --hard HEAD
  rm -rf "$tree/modules/app/target/failsafe-reports"
  applied=true
  while IFS= read -r patch; do
    if ! git -C "$tree" apply --whitespace=nowarn "$here/$patch.patch" 2>>"$dir/apply.log"; then
      echo "$patch" >>"$dir/not-applied"
      applied=false
    fi
  done < <(awk -F'\t' -v g="$g" '$1 == g && !/^#/ { print $3 }' "$manifest")
  git -C "$tree" diff --stat >"$dir/patched.txt"
  group_started=$(date +%s)
  echo "[$(date -u +%H:%M:%S)] $g: -Dit.test=$it_test, patches: $(awk -F'\t' -v g="$g" \
    '$1 == g && !/^#/ { printf "%s ", $3 }' "$manifest")"
  if $applied; then
    (cd "$tree" && mvn -B -pl modules/app -am verify -DskipUTs=true -Dtest=skip \
      -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
      -Dspotless.skip=true "-Dit.test=$it_test" "${maven_args[@]}") >"$dir/maven.log" 2>&1 || true
    cp -r "$tree/modules/app/target/failsafe-reports" "$dir/" 2>/dev/null || true
  fi
  echo $(($(date +%s) - group_started)) >"$dir/seconds"
  echo "[$(date -u +%H:%M:%S)] $g: done in $(cat "$dir/seconds") s ($(grep 'Tests run:' \
    "$dir/maven.log" 2>/dev/null | tail -1 | sed 's/^\[[A-Z]*\] //'))"
done
fi

python3 - "$manifest" "$out" "$($report && echo 0 || echo $(($(date +%s) - started)))" "${selected[@]}" <<'PY'
import glob, os, re, sys
import xml.etree.ElementTree as ET

manifest, out, seconds, groups = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
rows = [l.rstrip("\n").split("\t") for l in open(manifest) if l.strip() and not l.startswith("#")]

def results(group):
    """(class, method) -> (status, message) from the group's Failsafe XML reports."""
    found = {}
    for f in glob.glob(os.path.join(out, group, "failsafe-reports", "TEST-*.xml")):
        for case in ET.parse(f).getroot().iter("testcase"):
            cls = case.get("classname", "").rsplit(".", 1)[-1]
            name = re.sub(r"\(.*\)$", "", case.get("name", ""))
            status, message = "passed", ""
            for kind in ("failure", "error", "skipped"):
                el = case.find(kind)
                if el is not None:
                    status = "failed" if kind != "skipped" else "skipped"
                    message = el.get("message") or el.text or ""
                    if kind == "error":
                        message = (el.get("type") or "") + ": " + message
                    break
            found[(cls, name)] = (status, message)
    return found

def first_line(message):
    """The assertion's message on one line: exception class and stack left out."""
    lines = [l.strip() for l in message.splitlines() if l.strip() and not l.strip().startswith("at ")]
    lines = [re.sub(r"^[\w.$]+(Error|Exception|Failure):\s*", "", l, count=1) for l in lines]
    if lines and lines[0].startswith("[") and len(lines[0]) > 60:
        lines[0] = lines[0][:50] + "...]"  # a long AssertJ description, such as an answer body
    line = " ".join(l for l in lines[:5] if l)
    line = re.sub(r"\s+", " ", line)
    return line if len(line) <= 140 else line[:137] + "..."

table, unnoticed = [], 0
for group in groups:
    found = results(group)
    no_reports = not glob.glob(os.path.join(out, group, "failsafe-reports", "TEST-*.xml"))
    not_applied = set()
    p = os.path.join(out, group, "not-applied")
    if os.path.exists(p):
        not_applied = set(open(p).read().split())
    for g, _, patch, catchers, pattern, guarantee in (r[:6] for r in rows):
        if g != group:
            continue
        for catcher in catchers.split(","):
            cls, method = catcher.split("#")
            status, message = found.get(
                (cls, method), ("no reports, see maven.log" if no_reports else "not run", ""))
            if patch in not_applied:
                verdict, status = "NO", "patch did not apply"
            elif status == "failed" and re.search(pattern, message, re.S):
                verdict = "yes"
            elif status == "failed":
                verdict = "NO (other failure)"
            else:
                verdict = "NO"
            if verdict != "yes":
                unnoticed += 1
            short = method if len(method) <= 48 else method[:45] + "..."
            table.append((guarantee, patch, f"{cls}#{short}", f"{verdict} ({status})",
                          first_line(message).replace("|", "/")))

print()
print("| Guarantee | Patch | Test that caught it | Failed as expected? | Message |")
print("|---|---|---|---|---|")
for row in table:
    print("| " + " | ".join(row) + " |")
seconds_of = lambda g: os.path.join(out, g, "seconds")
took = {g: int(open(seconds_of(g)).read()) if os.path.exists(seconds_of(g)) else 0 for g in groups}
runs = ", ".join(f"{g} {s} s" for g, s in took.items())
print()
print(f"{len(table)} expected failures, {len(table) - unnoticed} seen; {len(groups)} Maven runs"
      f" ({runs}; {sum(took.values())} s)" + (f", {seconds} s wall time" if seconds else ""))
sys.exit(1 if unnoticed else 0)
PY
