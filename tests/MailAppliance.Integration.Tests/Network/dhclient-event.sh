#!/bin/sh
# ISC dhclient's event script for the tests: appends one line per event to $EVENTS and
# configures the interface (instead of dhclient-script, which would rewrite /etc/resolv.conf).
echo "dhclient $reason ip=$new_ip_address mask=$new_subnet_mask router=$new_routers dns=$new_domain_name_servers domain=$new_domain_name" >> "$EVENTS"
case "$reason" in
    BOUND|RENEW|REBIND|REBOOT)
        ip addr flush dev "$interface"
        ip addr add "$new_ip_address/$new_subnet_mask" dev "$interface"
        ;;
    RELEASE|EXPIRE|FAIL|STOP)
        ip addr flush dev "$interface"
        ;;
esac
exit 0
