#!/usr/bin/env bash
# Builds the services' base image from Debian bookworm packages, without Docker: a minimal Debian with the
# OpenJDK 17 runtime (headless) and a user 185 (uid of the Quarkus/UBI images) that owns /deployments.
# The result is a docker-save tarball that the image build reads as its base (quarkus.jib.base-jvm-image=tar://...),
# for machines that reach a Debian mirror but no container registry. Where a registry is reachable, a maintained
# base image (e.g. registry.access.redhat.com/ubi9/openjdk-17-runtime) can be named instead; see deploy/README.md.
# Needs mmdebstrap (apt-get install mmdebstrap) and root (or a user namespace) for the package scripts.
#
# Usage: deploy/images/build-base-image.sh [output.tar]   (default deploy/images/target/jre17-base.tar)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUTPUT="${1:-$REPO_ROOT/deploy/images/target/jre17-base.tar}"
SUITE="${DEBIAN_SUITE:-bookworm}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
IMAGE_TAG="actiontracker/jre17-base:$SUITE"

command -v mmdebstrap >/dev/null || { echo "mmdebstrap is missing: apt-get install mmdebstrap" >&2; exit 1; }
mkdir -p "$(dirname "$OUTPUT")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Documentation, man pages and translations are deleted once installed (update-alternatives needs the man folders
# while the runtime is set up).
mmdebstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates \
  --customize-hook='rm -rf "$1"/usr/share/doc/* "$1"/usr/share/man/* "$1"/usr/share/locale/*' \
  --customize-hook='echo "app:x:185:0:app:/deployments:/usr/sbin/nologin" >>"$1/etc/passwd"' \
  --customize-hook='mkdir -p "$1/deployments" && chown 185:0 "$1/deployments" && chmod 0775 "$1/deployments"' \
  --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/* "$1"/var/log/*' \
  "$SUITE" "$work/layer.tar" "$MIRROR"

# docker-save layout: one layer, its image configuration and the manifest naming both.
layer_digest="$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
cat >"$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"$(date -u +%Y-%m-%dT%H:%M:%SZ)",
 "config":{"User":"185","WorkingDir":"/deployments",
  "Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer_digest"]}}
JSON
config_digest="$(sha256sum "$work/config.json" | cut -d' ' -f1)"
mv "$work/config.json" "$work/$config_digest.json"
mkdir "$work/$layer_digest" && mv "$work/layer.tar" "$work/$layer_digest/layer.tar"
printf '[{"Config":"%s.json","RepoTags":["%s"],"Layers":["%s/layer.tar"]}]\n' \
  "$config_digest" "$IMAGE_TAG" "$layer_digest" >"$work/manifest.json"
tar -C "$work" -cf "$OUTPUT" manifest.json "$config_digest.json" "$layer_digest"
echo "base image $IMAGE_TAG: $OUTPUT ($(du -h "$OUTPUT" | cut -f1))"
