# frozen_string_literal: true

module DiscourseMediation
  # The reason Discourse keeps for a suspension or silence the plugin sets.
  # Discourse shows a suspension's reason on the member's profile and user
  # card to everyone unless `hide_suspension_reasons` is on, and keeps it in
  # the staff action log and its events; so it only says that a case exists
  # and links to the statement page, which only the person concerned, those
  # the report names as affected and the mediators may open. What the
  # moderator wrote reaches the person concerned in the plugin's own message
  # and stays on the case timeline.
  module PenaltyReason
    module_function

    def for(mediation_case)
      I18n.t(
        "discourse_mediation.penalty_reason",
        url: "#{Discourse.base_url}/mediation/cases/#{mediation_case.id}/statement",
      )
    end
  end
end
