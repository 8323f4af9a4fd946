# Sourced by scripts/run and scripts/test: installs the system libraries morgue builds
# against when they are missing (Debian and Ubuntu), with sudo when not root.

morgue_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# pkg-config module, then the Debian package that provides it.
morgue_system_libraries=(
  "libedit libedit-dev"
  "zlib zlib1g-dev"
  "libdeflate libdeflate-dev"
)

ensure_system_libraries() {
  local missing=()
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  local entry module package
  for entry in "${morgue_system_libraries[@]}"; do
    module=${entry%% *}
    package=${entry##* }
    if ! pkg-config --exists "$module" 2>/dev/null; then missing+=("$package"); fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "morgue: installing ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      echo "morgue: please install ${missing[*]} (apt-get install ${missing[*]}); no sudo here" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "morgue: no apt-get here; please install ${missing[*]} with your package manager" >&2
    return 1
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
}

ensure_swift() {
  if ! command -v swift >/dev/null 2>&1; then
    echo "morgue: no Swift toolchain on PATH; install Swift 6 from swift.org first" >&2
    return 1
  fi
}
