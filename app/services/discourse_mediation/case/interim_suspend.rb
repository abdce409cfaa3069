# frozen_string_literal: true

module DiscourseMediation
  # In an urgent case a moderator may suspend the person concerned until the
  # decision: the measure ends by itself at the ballot's expected end plus a
  # grace period. It is never open-ended. By default it is Discourse's silence
  # (no posting or messaging) rather than a suspension, because a suspended
  # member cannot sign in to read the report and respond to it.
  class Case::InterimSuspend
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :reason, :string

      validates :case_id, presence: true

      extend ReasonContract
      requires_reason max_length: 1000, error: "discourse_mediation.errors.interim_reason_missing"
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:interim_suspend]
    policy :not_on_open_roll, class_name: Case::Policy::NotOnOpenRoll

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:interim_suspend]
      policy :urgent
      policy :not_suspended_yet
      model :subject_user
      policy :subject_not_staff
      step :suspend
      step :tell_subject
    end

    private

    def urgent(mediation_case:)
      mediation_case.urgent
    end

    def not_suspended_yet(mediation_case:)
      mediation_case.interim_suspended_until.nil?
    end

    def fetch_subject_user(mediation_case:)
      User.find_by(id: mediation_case.subject_ids.first)
    end

    # Discourse never suspends or silences staff.
    def subject_not_staff(subject_user:)
      !subject_user.staff?
    end

    # Until the ballot's expected end plus the grace period. Before the report
    # is submitted there is no deadline yet, so the whole statement window counts.
    def suspended_until(mediation_case)
      ballot_end =
        mediation_case.expected_ballot_end ||
          Time.zone.now + SiteSetting.mediation_statement_days.days +
            SiteSetting.mediation_ballot_hours.hours
      ballot_end + SiteSetting.mediation_interim_grace_hours.hours
    end

    # Never silenced without being told why: the message commits with the
    # measure, with its reason, its end and how to respond, whether or not
    # the report's notice has been sent yet.
    def tell_subject(mediation_case:, subject_user:, params:)
      scope = "discourse_mediation.interim_notice"
      respond =
        if SiteSetting.mediation_interim_measure == "suspend"
          I18n.t("#{scope}.respond_suspended")
        elsif mediation_case.state == "report_draft"
          I18n.t("#{scope}.respond_later", statement_days: SiteSetting.mediation_statement_days)
        else
          I18n.t(
            "#{scope}.respond_now",
            statement_url: "#{Discourse.base_url}/mediation/cases/#{mediation_case.id}/statement",
          )
        end
      values = Notices::Conduct.body_values(mediation_case)
      Notices::SystemMessage.send_once!(
        mediation_case,
        "interim_notice",
        subject_user,
        title: I18n.t("#{scope}.title", **Notices::Conduct.title_values(mediation_case)),
        raw:
          I18n.t(
            "#{scope}.body.#{SiteSetting.mediation_interim_measure}",
            **values,
            felt_unsafe:
              I18n.t(
                "#{scope}.felt_unsafe.#{mediation_case.elsewhere? ? "elsewhere" : "on_post"}",
                **values,
              ),
            reason: Markdown.quote(params.reason),
            until: Notices::SystemMessage.time(mediation_case.interim_suspended_until),
            respond:,
          ),
      )
    end

    def suspend(mediation_case:, subject_user:, params:, guardian:)
      till = suspended_until(mediation_case)
      if !InterimMeasure.impose!(mediation_case, subject_user, till:, by: guardian.user)
        fail!(I18n.t("discourse_mediation.errors.interim_refused", username: subject_user.username))
      end
      mediation_case.update!(
        interim_suspended_until: till,
        interim_suspended_by_id: guardian.user.id,
      )
      mediation_case.log_event!(
        "interim_suspension",
        user: guardian.user,
        until: till.iso8601,
        measure: SiteSetting.mediation_interim_measure,
        reason: params.reason,
      )
    end
  end
end
