# frozen_string_literal: true

# This tier's own specs play members of a running site: unlike core's bare
# `:user`, a member belongs to the trust-level groups of their level, as a
# real account does once User's `ensure_in_trust_level_group` has run.
Fabricator(:member, from: :user) { transient refresh_auto_groups: true }
