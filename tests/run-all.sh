#!/usr/bin/env bash
# Runs every test of MailAppliance on a Debian machine with the .NET SDK:
#  1. installs the clients the integration tests drive if missing (swaks, python3, dig, and for
#     the DHCP tests in network namespaces iproute2, busybox udhcpc, dhclient, dhcrelay, socat
#     for the serial console tests, strace to see the store's fsyncs, and nmap for its SMTP and
#     POP3 scripts, tmux and picocom for the terminal tests, curl for imap:// and http://, chromium
#     for the browser test), and PowerShell 7 as a local dotnet tool for flash.ps1;
#  2. builds the .NET projects;
#  3. runs the unit, platform, firmware and integration test projects;
#  4. runs the device side on nanoFramework's real tools (../shared/nanoframework-toolchain):
#     every device assembly through the compiler and the MDP, the deployable image, the firmware
#     set loaded on nanoCLR, and Core's tests on nanoCLR (tests/MailAppliance.NanoClr.Tests).
# Ends with one line "N passed, N failed"; exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v swaks >/dev/null || missing+=(swaks)
command -v python3 >/dev/null || missing+=(python3)
command -v dig >/dev/null || missing+=(bind9-dnsutils)
command -v ip >/dev/null || missing+=(iproute2)
command -v busybox >/dev/null || missing+=(busybox)
command -v dhclient >/dev/null || missing+=(isc-dhcp-client)
command -v dhcrelay >/dev/null || missing+=(isc-dhcp-relay)
command -v socat >/dev/null || missing+=(socat)
command -v strace >/dev/null || missing+=(strace)
command -v nmap >/dev/null || missing+=(nmap)
command -v tmux >/dev/null || missing+=(tmux)
command -v picocom >/dev/null || missing+=(picocom)
command -v curl >/dev/null || missing+=(curl)
command -v chromium >/dev/null || missing+=(chromium)
if ((${#missing[@]})); then
    echo "installing ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then
        echo "run as root (or install ${missing[*]} yourself): the integration tests need them" >&2
        echo "0 passed, 1 failed"
        exit 1
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

passed=0
failed=0
log=$(mktemp)

# PowerShell 7 (a local .NET tool, pinned in dotnet-tools.json) runs flash.ps1 in the firmware tests.
if ! dotnet tool restore >"$log" 2>&1; then
    cat "$log"
    echo "dotnet tool restore: FAILED (PowerShell for the flash.ps1 tests)"
    echo "0 passed, 1 failed"
    exit 1
fi

if dotnet build MailAppliance.DotNet.slnf -nologo -v quiet >"$log" 2>&1; then
    echo "build: ok"
    passed=$((passed + 1))
else
    grep -E "error|Error" "$log" | sort -u | head -40
    echo "build: FAILED"
    echo "$passed passed, $((failed + 1)) failed"
    exit 1
fi

for project in tests/MailAppliance.Core.Tests tests/MailAppliance.Platform.Tests tests/MailAppliance.Firmware.Tests tests/MailAppliance.Integration.Tests; do
    dotnet test "$project" --no-build -nologo 2>&1 | tee "$log" | grep -vE "^\s*$|^Test run for|^VSTest version|^Starting test execution|^A total of"
    summary=$(grep -E "^(Passed|Failed)!" "$log" | tail -n 1)
    if [ -z "$summary" ]; then
        echo "$project: no test summary (did it run?)"
        failed=$((failed + 1))
        continue
    fi
    p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")
    f=$(sed -E 's/.*Failed: *([0-9]+),.*/\1/' <<<"$summary")
    passed=$((passed + p))
    failed=$((failed + f))
done

dotnet run --project tests/MailAppliance.NanoClr.Tests --no-build 2>&1 | tee "$log"
summary=$(grep -E "^nanoCLR: [0-9]+ passed, [0-9]+ failed$" "$log" | tail -n 1)
if [ -z "$summary" ]; then
    echo "tests/MailAppliance.NanoClr.Tests: no summary (did it run?)"
    failed=$((failed + 1))
else
    passed=$((passed + $(sed -E 's/nanoCLR: ([0-9]+) passed.*/\1/' <<<"$summary")))
    failed=$((failed + $(sed -E 's/.* ([0-9]+) failed$/\1/' <<<"$summary")))
fi
rm -f "$log"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
