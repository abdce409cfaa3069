# frozen_string_literal: true

module DiscourseMediation
  # The interim measure of an urgent case, through Discourse's own tools so
  # every change is in the staff action log. The plugin only ever touches the
  # measure it set: a suspension or silence ending exactly when the case's
  # interim measure ends. Anything else was set by someone else and stays.
  module InterimMeasure
    module_function

    # Returns true when the measure is in place, false when it was refused
    # (staff, or the member is already suspended or silenced by someone else).
    def impose!(mediation_case, user, till:, by:)
      return false if user.staff?
      PenaltyApplier.impose!(
        SiteSetting.mediation_interim_measure.to_sym,
        user,
        till:,
        by:,
        mediation_case:,
      )
    end

    # A granted extension moves the decision, and the measure's end with it.
    def extend!(mediation_case, till:, by:)
      reason = I18n.t("discourse_mediation.interim.extended_reason")
      current = mediation_case.interim_suspended_until
      PenaltyApplier
        .measures_ending_at(mediation_case.subject_ids, current)
        .each { |user, measure| PenaltyApplier.extend!(measure, user, till:, by:, reason:) }
      mediation_case.update!(interim_suspended_until: till)
    end

    # Ends it early: the ballot decided No action, or a decided outcome replaces it.
    def lift!(mediation_case, by: Discourse.system_user)
      return if mediation_case.interim_suspended_until.blank?
      PenaltyApplier.lift!(
        mediation_case.subject_ids,
        till: mediation_case.interim_suspended_until,
        by:,
      )
      mediation_case.update!(interim_suspended_until: nil)
      mediation_case.log_event!("interim_lifted")
    end
  end
end
