# Builds the Lambda packages. `sam build --build-in-source` runs `make build-<LogicalId>` from the repository root
# with ARTIFACTS_DIR set (template.yaml: `Metadata: BuildMethod: makefile`); scripts/package may call the same
# targets with its own ARTIFACTS_DIR. A function `<Name>Function` in the template is the SwiftPM product `<Name>Fn`.
#
# Each target leaves in $(ARTIFACTS_DIR):
#   bootstrap   the stripped release executable (provided.al2023 runs the file of this name)
#   lib/        the shared libraries the bootstrap needs beyond glibc, when BUNDLE_LIBS copies them there
#
# `make -n build-AuthFunction ARTIFACTS_DIR=out/auth` shows the commands without running them.

SWIFT ?= swift
STRIP ?= strip

# Lambda builds keep their own scratch directory, so that their flags never invalidate the debug build in .build/.
SCRATCH_PATH ?= .build/lambda

# Linker flags for the deployed executables, in one place so the glibc and bundling work can tune them. The rpath
# makes the loader look beside the bootstrap, in lib/, for the libraries BUNDLE_LIBS copies there.
SWIFT_LINK_FLAGS ?= -Xlinker '-rpath=$$ORIGIN/lib'

SWIFT_BUILD_FLAGS = -c release --static-swift-stdlib --scratch-path $(SCRATCH_PATH) $(SWIFT_LINK_FLAGS)

# Run after the bootstrap is in place as `$(BUNDLE_LIBS) <bootstrap> <artifacts dir>`: copies the non-glibc shared
# libraries the bootstrap needs (libcurl and its dependencies, ...) into <artifacts dir>/lib and fails if one is
# missing. Empty: nothing is bundled. Picked up automatically once scripts/bundle-libs exists.
BUNDLE_LIBS ?= $(wildcard scripts/bundle-libs)

FUNCTIONS := Auth Course Assessment Progress Collaboration Gamification Notification
BUILD_TARGETS := $(FUNCTIONS:%=build-%Function)

.PHONY: help $(BUILD_TARGETS)

# Each package needs its own ARTIFACTS_DIR, so there is no target that builds them all into one.
help:
	@echo "targets: $(BUILD_TARGETS)"
	@echo "usage:   sam build --build-in-source, or make build-AuthFunction ARTIFACTS_DIR=<dir>"

# build_function(product): build, strip into $(ARTIFACTS_DIR)/bootstrap, bundle the libraries.
define build_function
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set: run through 'sam build --build-in-source'" \
		"or pass ARTIFACTS_DIR=<dir>" >&2; exit 2; }
	$(SWIFT) build $(SWIFT_BUILD_FLAGS) --product $(1)
	mkdir -p "$(ARTIFACTS_DIR)"
	$(STRIP) --strip-all -o "$(ARTIFACTS_DIR)/bootstrap" "$$($(SWIFT) build $(SWIFT_BUILD_FLAGS) --show-bin-path)/$(1)"
	chmod 755 "$(ARTIFACTS_DIR)/bootstrap"
	$(if $(BUNDLE_LIBS),$(BUNDLE_LIBS) "$(ARTIFACTS_DIR)/bootstrap" "$(ARTIFACTS_DIR)")
endef

# One target per function, as SAM names them: build-AuthFunction builds the product AuthFn, and so on.
$(BUILD_TARGETS): build-%Function:
	$(call build_function,$*Fn)
