#!/bin/sh
# busybox udhcpc's event script for the tests: prints one line per event (the test reads
# udhcpc's output) and configures the interface as a real client would.
echo "udhcpc $1 ip=$ip subnet=$subnet router=$router dns=$dns domain=$domain lease=$lease"
case "$1" in
    bound|renew)
        ip addr flush dev "$interface"
        ip addr add "$ip/$subnet" dev "$interface"
        [ -n "$router" ] && ip route replace default via "$router"
        ;;
    deconfig)
        ip addr flush dev "$interface"
        ;;
esac
exit 0
