// Lets a bootstrap linked on Debian 12 (glibc 2.36) load on provided.al2023 (glibc 2.34).
//
// The Makefile compiles this file into an object and links it into the deployed executables only, together with
// `--wrap=hypotf --wrap=_dl_find_object`: the linker then sends every reference to those two functions, in our code
// and in the static libraries (Swift's libswiftCore.a, GCC's libgcc_eh.a), to the `__wrap_` functions below. It is
// deliberately not a SwiftPM target: debug builds, tests and LocalGateway run on the build machine's own glibc and
// need none of this.
//
// Why --wrap rather than the alternatives:
// - `.symver` alone only rebinds references made from the object that carries it, and the references we must move
//   live in prebuilt archives we cannot recompile;
// - defining `hypotf` or `_dl_find_object` under their own names would also work, but would silently shadow a libc
//   function for any code that names it; a `__wrap_` symbol only catches what the linker was told to redirect, and
//   the build fails loudly if a wrapped reference appears without this object.

#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stddef.h>
#include <stdint.h>

// hypotf: glibc 2.35 added a new default version, hypotf@GLIBC_2.35 (the same function without the old SVID error
// wrapper), so anything linked against glibc ≥ 2.35 asks for a version 2.34 does not have. Swift's static standard
// library calls hypotf. The original x86_64 version, hypotf@GLIBC_2.2.5, exists in every glibc, computes the same
// result and only differs in setting errno on overflow, which Swift never reads.
extern float cloudmentor_hypotf_glibc_2_2_5(float x, float y);
__asm__(".symver cloudmentor_hypotf_glibc_2_2_5, hypotf@GLIBC_2.2.5");

float __wrap_hypotf(float x, float y);
float __wrap_hypotf(float x, float y) {
    return cloudmentor_hypotf_glibc_2_2_5(x, y);
}

// _dl_find_object (new in glibc 2.35): GCC 12's static unwinder (libgcc_eh.a, linked with -static-libgcc because
// Debian's libgcc_s.so.1 needs GLIBC_2.35 too) uses it to find the unwind tables of the object holding a PC. This
// answers the same question the way libgcc did before 2.35, by walking the loaded objects with dl_iterate_phdr (glibc
// 2.2.4). Only the fields libgcc reads on x86_64 matter: the mapping bounds and the PT_GNU_EH_FRAME address.
struct cloudmentor_find_request {
    uintptr_t address;
    struct dl_find_object *result;
    int found;
};

static int cloudmentor_find_in_object(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    struct cloudmentor_find_request *request = data;
    uintptr_t low = UINTPTR_MAX, high = 0;
    const void *eh_frame = NULL;
    int contains = 0;
    for (ElfW(Half) index = 0; index < info->dlpi_phnum; index++) {
        const ElfW(Phdr) *header = &info->dlpi_phdr[index];
        uintptr_t start = info->dlpi_addr + header->p_vaddr;
        if (header->p_type == PT_LOAD) {
            uintptr_t end = start + header->p_memsz;
            if (start < low) low = start;
            if (end > high) high = end;
            if (request->address >= start && request->address < end) contains = 1;
        } else if (header->p_type == PT_GNU_EH_FRAME) {
            eh_frame = (const void *)start;
        }
    }
    if (!contains) return 0;
    request->result->dlfo_flags = 0;
    request->result->dlfo_map_start = (void *)low;
    request->result->dlfo_map_end = (void *)high;
    request->result->dlfo_link_map = NULL;
    request->result->dlfo_eh_frame = (void *)eh_frame;
    request->found = 1;
    return 1;
}

int __wrap__dl_find_object(void *address, struct dl_find_object *result);
int __wrap__dl_find_object(void *address, struct dl_find_object *result) {
    struct cloudmentor_find_request request = {(uintptr_t)address, result, 0};
    dl_iterate_phdr(cloudmentor_find_in_object, &request);
    if (!request.found) return -1;
    // libgcc ignores the link map; fill it anyway so the answer matches glibc's for any other reader.
    Dl_info info;
    struct link_map *map = NULL;
    if (dladdr1(address, &info, (void **)&map, RTLD_DL_LINKMAP) != 0) result->dlfo_link_map = map;
    return 0;
}
