#!/usr/bin/env bash
# The benchmark on real repositories (docs/performance.md, "Real repositories").
#
#   tests/PortAnalyzers.Benchmarks/real-repos.sh YARP REDIS [RUNS] [BASELINE]
#
# YARP and REDIS are local copies of https://github.com/dotnet/yarp and
# https://github.com/StackExchange/StackExchange.Redis: a clone's work tree, a bare clone (git clone --bare), or a
# plain folder. Their .cs files and the configuration and container files the analyzers read (appsettings*.json,
# launchSettings.json, NuGet.config, Dockerfiles, compose files) are copied into a scratch folder, bin/ and obj/ left
# out, and the benchmark measures the analyzers against the compiler's binding there: single-threaded, the SDK's
# reference packs only, one warm-up run, the minimum of RUNS runs (default 5). The findings of each repository are
# written next to the scratch folder, to check that a change keeps every result.
# BASELINE, a PortAnalyzers.dll of another build (copy it out of src/PortAnalyzers/bin/Release/netstandard2.0 before
# the change), is measured run for run beside this build in the same process, and its findings compared with these.
set -euo pipefail

if [ $# -lt 2 ]; then
  sed -n '2,14p' "$0"
  exit 2
fi

repository_root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${3:-5}"
baseline=()
if [ $# -ge 4 ]; then
  baseline=(--baseline "$(cd "$(dirname "$4")" && pwd)/$(basename "$4")")
fi
scratch="$(mktemp -d "${TMPDIR:-/tmp}/portanalyzers-real.XXXXXX")"
wanted='(\.cs|/appsettings[^/]*\.json|/launchSettings\.json|/[Nn]u[Gg]et\.[Cc]onfig|/[^/]*Dockerfile[^/]*|/(docker-)?compose[^/]*\.ya?ml)$'

# Copies the wanted files of $1 (work tree, bare repository or folder) into $2.
extract() {
  local source="$1" target="$2"
  mkdir -p "$target"
  if git -C "$source" rev-parse --is-bare-repository 2>/dev/null | grep -q true; then
    # One archive of HEAD's wanted files. A partial mirror may lack the blobs of other files (binaries): git names
    # them on stderr and still writes every wanted file.
    git -C "$source" ls-tree -r --name-only HEAD | sed 's|^|/|' | grep -E "$wanted" | grep -vE '/(bin|obj)/' | sed 's|^/||' |
      tr '\n' '\0' | xargs -0 git -C "$source" --literal-pathspecs archive --format=tar HEAD -- | tar -x -C "$target"
  else
    (cd "$source" && find . -type f | sed 's|^\.||' | grep -E "$wanted" | grep -vE '/(bin|obj|\.git)/' | sed 's|^/||') |
      while IFS= read -r file; do
        mkdir -p "$target/$(dirname "$file")"
        cp "$source/$file" "$target/$file"
      done
  fi
}

dotnet build -c Release "$repository_root/tests/PortAnalyzers.Benchmarks" -v q -nologo > /dev/null
status=0
for pair in "yarp=$1" "redis=$2"; do
  name="${pair%%=*}"
  extract "${pair#*=}" "$scratch/$name"
  echo "## $name: $(find "$scratch/$name" -name '*.cs' -exec cat {} + | wc -l) lines of C#"
  dotnet run -c Release --no-build --project "$repository_root/tests/PortAnalyzers.Benchmarks" -- \
    --src "$scratch/$name" --runs "$runs" --findings "$scratch/$name.findings.txt" "${baseline[@]}" || status=1
done
echo "Scratch folder (sources and findings): $scratch"
exit $status
