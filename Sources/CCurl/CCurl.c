// The shim is header-only; this file makes SwiftPM build CCurl as a C target.
#include "CCurl.h"
