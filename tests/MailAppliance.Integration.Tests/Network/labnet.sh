#!/usr/bin/env bash
# The lab of shared/lab-handout.txt as network namespaces, for the DHCP/DNS tests:
#   PREFIX-app  the appliance, eth0 192.168.1.2/24 (route to 192.168.2.0/24 via the router)
#   PREFIX-c1, PREFIX-c2  lab PCs on the appliance's segment, eth0 unconfigured
#   PREFIX-r    the router: eth0 192.168.1.1/24 on the segment, eth1 192.168.2.1/24 to the department
#   PREFIX-d    a PC in the department 192.168.2.0/24, eth0 unconfigured
#   PREFIX-sw   the switch: a bridge joining app, c1, c2 and the router's eth0
# Usage: labnet.sh up PREFIX | labnet.sh down PREFIX. Only namespaces it creates are touched.
set -euo pipefail
action=$1
p=$2

down() {
    for ns in app c1 c2 r d sw; do
        ip netns del "$p-$ns" 2>/dev/null || true
    done
}

if [ "$action" = down ]; then
    down
    exit 0
fi

down
for ns in sw app c1 c2 r d; do
    ip netns add "$p-$ns"
    ip -n "$p-$ns" link set lo up
done
ip -n "$p-sw" link add br0 type bridge
ip -n "$p-sw" link set br0 up
port=0
for ns in app c1 c2 r; do
    port=$((port + 1))
    ip link add eth0 netns "$p-$ns" type veth peer name "port$port" netns "$p-sw"
    ip -n "$p-sw" link set "port$port" master br0 up
    ip -n "$p-$ns" link set eth0 up
done
ip link add eth1 netns "$p-r" type veth peer name eth0 netns "$p-d"
ip -n "$p-r" link set eth1 up
ip -n "$p-d" link set eth0 up

ip -n "$p-app" addr add 192.168.1.2/24 dev eth0
ip -n "$p-app" route add 192.168.2.0/24 via 192.168.1.1
ip -n "$p-r" addr add 192.168.1.1/24 dev eth0
ip -n "$p-r" addr add 192.168.2.1/24 dev eth1
ip netns exec "$p-r" sysctl -q -w net.ipv4.ip_forward=1
