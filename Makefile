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

HOT_FUNCTIONS = Packaging/hot-functions.order

# What the link needs besides SwiftPM's own inputs, made once per scratch path (see the link-support rule below).
LINK_SUPPORT_DIR = $(SCRATCH_PATH)/link-support
GLIBC_COMPAT_OBJ = $(LINK_SUPPORT_DIR)/glibc_compat.o
STATIC_LIBSTDCXX = $(LINK_SUPPORT_DIR)/libstdc++.a

# Code generation for the deployed executables. Size is what we tune for: the bootstrap's bytes are read from disk on
# every cold start, and our hot path is I/O, not computation.
#   -Osize                 about 0.35 MB smaller than -O on AuthFn; no measurable cost on the warm path (bench runtime)
#   -internalize-at-link   public symbols are no longer marked "used", so the linker may drop the ones nobody calls:
#                          each function links all of Shared, and most of it is unused by any one function (-0.7 MB).
#                          Sound for an executable, where every client of a public symbol is in the same link.
#   -function-sections     one section per function, which --gc-sections needs to drop them one by one
SWIFT_CODEGEN_FLAGS ?= -Xswiftc -Osize -Xswiftc -Xfrontend -Xswiftc -internalize-at-link \
	-Xswiftc -Xfrontend -Xswiftc -function-sections

# Linker flags for the deployed executables.
#   -rpath=$$ORIGIN/lib        the loader looks beside the bootstrap, in lib/, for what BUNDLE_LIBS copies there;
#   --disable-new-dtags        as DT_RPATH, which (unlike DT_RUNPATH) comes before Lambda's LD_LIBRARY_PATH
#                              (/lib64:/usr/lib64:...) and also applies to the libraries' own dependencies
#   -use-ld=lld, --icf=all     lld folds identical functions (generic specialisations often are): -0.3 MB
#   --no-export-dynamic        undoes the -export-dynamic of Swift's static-stdlib-args.lnk: nothing loads plugins
#                              into a bootstrap, and exported symbols cannot be garbage-collected (-0.7 MB)
#   -no-pie                    a position-dependent executable carries no 1 MB of relative relocations, and the loader
#                              does not apply them at each cold start (Go's default on linux/amd64 too); the shared
#                              libraries are still randomised
#   no-unwind-tables.ld        drops the executable's .eh_frame (1.9 MB, 13% of it). Swift does not unwind to handle
#                              errors, and Swift's runtime and our C code never throw C++ exceptions; what is lost is a
#                              symbolic stack trace on a crash, which a stripped binary cannot print anyway
#   --symbol-ordering-file     places the functions that run from start to the first invocations first and together
#                              (Packaging/hot-functions.order, made by scripts/profile-order): the kernel maps text in
#                              large chunks around each touched page, so scattered code makes most of it resident
#                              (-1.8 MiB peak RSS for the runtime alone, -2.5 MiB for a function). Only moves code; a
#                              stale list costs locality, never correctness.
#   -static-libgcc, libstdc++.a, glibc_compat.o with --wrap
#                              Debian 12's libgcc_s.so.1 needs GLIBC_2.35 and its libstdc++.so.6 GLIBC_2.36, so both
#                              are linked statically (+70 KB); glibc_compat.o then redirects the two references that
#                              would still need glibc > 2.34 (hypotf from libswiftCore.a, _dl_find_object from
#                              libgcc_eh.a): see Packaging/glibc_compat.c
SWIFT_LINK_FLAGS ?= -Xlinker '-rpath=$$ORIGIN/lib' -Xlinker --disable-new-dtags \
	-Xswiftc -use-ld=lld -Xlinker --icf=all -Xlinker --no-export-dynamic \
	-Xswiftc -Xclang-linker -Xswiftc -no-pie \
	-Xlinker -T -Xlinker $(abspath Packaging/no-unwind-tables.ld) \
	-Xswiftc -Xclang-linker -Xswiftc -static-libgcc -Xswiftc -L$(abspath $(LINK_SUPPORT_DIR)) \
	-Xlinker $(abspath $(GLIBC_COMPAT_OBJ)) -Xlinker --wrap=hypotf -Xlinker --wrap=_dl_find_object \
	$(if $(wildcard $(HOT_FUNCTIONS)),-Xlinker --symbol-ordering-file=$(abspath $(HOT_FUNCTIONS)) \
	-Xlinker --no-warn-symbol-ordering)

SWIFT_BUILD_FLAGS = -c release --static-swift-stdlib --scratch-path $(SCRATCH_PATH) $(SWIFT_CODEGEN_FLAGS) \
	$(SWIFT_LINK_FLAGS)

# Run after the bootstrap is in place as `$(BUNDLE_LIBS) <bootstrap> <artifacts dir>`: copies the non-glibc shared
# libraries the bootstrap needs (libcurl and its dependencies, ...) into <artifacts dir>/lib and fails if one is
# missing. Empty: nothing is bundled. Picked up automatically once scripts/bundle-libs exists.
BUNDLE_LIBS ?= $(wildcard scripts/bundle-libs)

FUNCTIONS := Auth Course Assessment Progress Collaboration Gamification Notification
BUILD_TARGETS := $(FUNCTIONS:%=build-%Function)

.PHONY: help $(BUILD_TARGETS) build-RuntimeProbe build-RuntimeEcho print-bin-path

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
$(BUILD_TARGETS): build-%Function: $(GLIBC_COMPAT_OBJ) $(STATIC_LIBSTDCXX)
	$(call build_function,$*Fn)

# The runtime's contract-test probe and its bare echo, built exactly like a function, for scripts/bench runtime.
# Never deployed.
build-RuntimeProbe build-RuntimeEcho: build-%: $(GLIBC_COMPAT_OBJ) $(STATIC_LIBSTDCXX)
	$(call build_function,$*)

# Where the unstripped release executables are (scripts/profile-order reads their symbols).
print-bin-path:
	@$(SWIFT) build $(SWIFT_BUILD_FLAGS) --show-bin-path

# The link support: the glibc compatibility object, and a directory holding only GCC's static libstdc++.a, searched
# before the compiler's own directories, so that the -lstdc++ of Swift's static-stdlib-args.lnk links it statically.
$(GLIBC_COMPAT_OBJ): Packaging/glibc_compat.c
	mkdir -p "$(LINK_SUPPORT_DIR)"
	$(CC) -O2 -fPIC -Wall -Wextra -Werror -c $< -o $@

$(STATIC_LIBSTDCXX):
	mkdir -p "$(LINK_SUPPORT_DIR)"
	ln -sf "$$($(CC) -print-file-name=libstdc++.a)" $@
