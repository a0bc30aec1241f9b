// `proclab trace SCRIPT.py [ARGS...] [--json] [--trace FILE] [--export FILE --view V]
// [--size WxH] [--timeout S]`: run a student's own Python script under ProcLab's tracer and
// report it like `proclab run`.
#pragma once

#include <QStringList>

namespace proclab::cli {

// arguments: everything after "trace".
int traceCommand(const QStringList& arguments);

} // namespace proclab::cli
