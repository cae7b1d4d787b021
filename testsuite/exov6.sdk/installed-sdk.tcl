# installed-sdk.tcl - sourced by the exov6.sdk tests that use the SDK the
# way a user has it: `make install` into a fresh prefix under the test
# directory, and nothing of the build tree on PATH.

# exov6_sdk_install DIR: install the SDK into DIR (emptied first).
# Returns 1, or 0 after a failure.
proc exov6_sdk_install { dir } {
    global exov6_builddir
    file delete -force $dir
    lassign [exov6_exec make -s -C $exov6_builddir install prefix=$dir] status out err
    if { $status != 0 } {
	fail "[file tail $dir]: make install into a fresh prefix (status $status: $err)"
	return 0
    }
    return 1
}

# exov6_sdk_env PREFIX: PATH names PREFIX/bin and the system's directories
# only; the environment variables a host toolchain reads point at the
# build machine's directories, which the SDK must ignore.
proc exov6_sdk_env { prefix } {
    set ::env(PATH) "$prefix/bin:/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin"
    set ::env(LIBRARY_PATH) "/usr/lib/x86_64-linux-gnu:/usr/lib:/lib"
    set ::env(CPATH) "/usr/include:/usr/local/include"
    set ::env(C_INCLUDE_PATH) "/usr/include"
    set ::env(PKG_CONFIG_PATH) "/usr/lib/x86_64-linux-gnu/pkgconfig:/usr/share/pkgconfig"
    foreach v { CONFIG_SITE DEJAGNU CC CFLAGS LDFLAGS CPPFLAGS } {
	catch { unset ::env($v) }
    }
}

# Save and restore the environment around a test file.
proc exov6_sdk_save_env {} {
    global exov6_saved_env
    set exov6_saved_env [array get ::env]
}
proc exov6_sdk_restore_env {} {
    global exov6_saved_env
    foreach name [array names ::env] {
	unset ::env($name)
    }
    array set ::env $exov6_saved_env
}

# exov6_sh DIR SCRIPT: run SCRIPT with sh in DIR; returns {status stdout stderr}.
proc exov6_sh { dir script } {
    return [exov6_exec sh -c "cd '$dir' && $script" < /dev/null]
}
