# frozen_string_literal: true

# name: discourse-mediation
# about: Mediation first: members ask for help instead of flagging posts to hide them; mediators step in, and only failed mediation goes to a fair, secret decision.
# version: 0.1.0
# authors: discourse-mediation contributors
# required_version: 2026.10.0-latest

enabled_site_setting :mediation_enabled

register_asset "stylesheets/common/mediation.scss"
register_svg_icon "life-ring"
register_svg_icon "arrow-up"
register_svg_icon "arrow-down"
register_svg_icon "xmark"
register_svg_icon "chart-column"

module ::DiscourseMediation
  PLUGIN_NAME = "discourse-mediation"
end

require_relative "lib/discourse_mediation/engine"

# Plugins' db/fixtures are not seeded on their own: the default published list
# and ladder are registered as core's own plugins register theirs.
register_seedfu_fixtures(File.join(__dir__, "db", "fixtures"))

# A vote's choice, its receipt code and the reason written on the paper never
# reach the request log, where they would stand next to the voter. Anchored,
# so only these exact names.
Rails.application.config.filter_parameters.concat([/\Achoice\z/, /\Areceipt\z/, /\Apaper_reason\z/])

after_initialize do
  register_problem_check ProblemCheck::MediationSetup
  register_problem_check ProblemCheck::MediationAppeals
  reloadable_patch { Guardian.prepend(DiscourseMediation::GuardianExtension) }

  add_to_serializer(:post, :can_request_mediation) { scope.can_request_mediation_on?(object) }
  add_to_serializer(:post, :mediation_replaces_flag) { scope.mediation_replaces_flag_on?(object) }
  # The help modal asks, on a private message, to let the mediators read it.
  add_to_serializer(
    :post,
    :mediation_private_message,
    include_condition: -> { object.topic&.private_message? },
  ) { true }
  add_to_serializer(:current_user, :can_mediate) { scope.can_mediate? }
  add_to_serializer(:current_user, :can_request_mediation) { scope.can_request_mediation? }
  add_to_serializer(:current_user, :can_see_mediation_transparency) do
    scope.can_see_mediation_transparency?
  end
  add_to_serializer(:current_user, :mediation_voter) { scope.mediation_voter? }

  register_post_custom_field_type(DiscourseMediation::MediatorPostMark::FIELD, :boolean)
  topic_view_post_custom_fields_allowlister { [DiscourseMediation::MediatorPostMark::FIELD] }
  add_to_serializer(:post, :mediation_mediator_post) do
    post_custom_fields[DiscourseMediation::MediatorPostMark::FIELD].present?
  end
  on(:post_created) { |post| DiscourseMediation::MediatorPostMark.mark_if_mediating(post) }

  # One query per topic view for both fields below (TopicMediation).
  add_to_class(:topic_view, :discourse_mediation) do
    @discourse_mediation ||= DiscourseMediation::TopicMediation.new(topic)
  end
  add_to_serializer(:topic_view, :mediation) { object.discourse_mediation.banner(scope) }
  add_to_serializer(:topic_view, :mediation_ballot) { object.discourse_mediation.ballot(scope) }
end
