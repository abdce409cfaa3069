# frozen_string_literal: true

# name: discourse-mediation
# about: Mediation first: members ask for help instead of flagging posts to hide them; mediators step in, and only failed mediation goes to a fair, secret decision.
# version: 0.1.0
# authors: discourse-mediation contributors
# required_version: 3.5.0

enabled_site_setting :mediation_enabled

register_asset "stylesheets/common/mediation.scss"
register_svg_icon "life-ring"

module ::DiscourseMediation
  PLUGIN_NAME = "discourse-mediation"
end

require_relative "lib/discourse_mediation/engine"

after_initialize do
  reloadable_patch { Guardian.prepend(DiscourseMediation::GuardianExtension) }

  add_to_serializer(:post, :can_request_mediation) { scope.can_request_mediation_on?(object) }
  add_to_serializer(:post, :mediation_replaces_flag) { scope.mediation_replaces_flag_on?(object) }
end
