# ProcLab's bootstrap: loaded by every Python process of a traced run (PYTHONPATH), it installs
# the tracer when PROCLAB_PYTRACE_DIR names the run's record folder. A tracer failure is said
# on stderr and the script runs on untraced rather than not at all.
try:
    import proclab_pytrace

    proclab_pytrace.install()
except Exception as error:  # noqa: BLE001 - any failure of the tracer, never the script's
    import sys

    sys.stderr.write("proclab: the tracer could not be installed: %r\n" % (error,))
