# frozen_string_literal: true

module DiscourseMediation
  # What the person concerned and the requesters are told once the outcome is
  # carried out. The person concerned learns the outcome, the cited items, the
  # reasons in plain words and the path back; requesters learn that the case
  # has concluded (the outcome only where the site allows it). No action is
  # told as the real outcome it is.
  class Notices::Outcome
    SCOPE = "discourse_mediation.outcome_notices"

    def initialize(mediation_case)
      @mediation_case = mediation_case
    end

    def subject_message
      I18n.t(
        "#{SCOPE}.subject_body",
        **Notices::Conduct.body_values(@mediation_case),
        outcome: outcome_step_title,
        description: I18n.t("#{SCOPE}.for_you.#{outcome_kind}"),
        as_voted:,
        cited_items:,
        reason: Markdown.quote(@mediation_case.outcome_reason),
        voter_reasons:,
        path_back:,
        record:,
        appeal:,
        requesters_told:
          I18n.t("#{SCOPE}.requesters_told.#{SiteSetting.mediation_tell_requesters}"),
      )
    end

    # What voters wrote on their papers, unsigned: never who wrote which.
    def voter_reasons
      ballot = @mediation_case.ballot
      reasons = ballot ? BallotView.reasons(ballot) : []
      return I18n.t("#{SCOPE}.no_voter_reasons") if reasons.empty?
      I18n.t("#{SCOPE}.voter_reasons", reasons: reasons.map { Markdown.quote(_1) }.join("\n\n"))
    end

    # Whether and how the person concerned may appeal, as the site has it.
    def appeal
      return "" if !Rules::Record::NameKeeping.sanctioned?(@mediation_case.outcome)
      return no_appeal if SiteSetting.mediation_appeal_groups_map.empty?
      I18n.t(
        "#{SCOPE}.appeal",
        days: SiteSetting.mediation_appeal_days,
        statement_url: "#{Discourse.base_url}/mediation/cases/#{@mediation_case.id}/statement",
      )
    end

    # Without appeal groups there is no appeal: who to write to instead.
    def no_appeal
      I18n.t(
        "#{SCOPE}.no_appeal",
        moderators_url: Notices::SystemMessage.moderators_message_url,
        about_url: "#{Discourse.base_url}/about",
      )
    end

    # Said only when the moderator carried it out more leniently than voted.
    def as_voted
      reason = @mediation_case.outcome_change_reason
      return "" if reason.blank?
      ballot = @mediation_case.ballot
      voted = ballot&.option_step(ballot.outcome)&.title || ballot&.outcome.to_s
      I18n.t("#{SCOPE}.as_voted", voted:, reason: Markdown.quote(reason))
    end

    # What the record keeps, and until when, as the code keeps it: the
    # subject's history counts from the day the case ended (SubjectHistoryQuery),
    # the archive's name from the sanction's end (Rules::Record::NameKeeping).
    def record
      ended_at = @mediation_case.ended_at || Time.zone.now
      forgiveness = SiteSetting.mediation_forgiveness_months
      outcome = @mediation_case.outcome
      anchor =
        Rules::Record::NameKeeping.anchor(
          outcome:,
          ended_at:,
          sanction_ends_at: @mediation_case.sanction_ends_at,
          review_at: @mediation_case.review_at,
        )
      names_months =
        Rules::Record::NameKeeping.months(
          outcome:,
          forgiveness_months: forgiveness,
          sanction_names_months: SiteSetting.mediation_archive_names_months,
        )
      I18n.t(
        "#{SCOPE}.record",
        history_until: Notices::SystemMessage.time(ended_at + forgiveness.months),
        names_until: Notices::SystemMessage.time(anchor + names_months.months),
      )
    end

    def requester_message
      I18n.t(
        "#{SCOPE}.requester_body",
        **Notices::Conduct.body_values(@mediation_case),
        outcome_line: requester_outcome_line,
      )
    end

    # As much as the site lets requesters know (mediation_tell_requesters).
    def requester_outcome_line
      case SiteSetting.mediation_tell_requesters
      when "step"
        I18n.t("#{SCOPE}.requester_outcome", outcome: outcome_step_title)
      when "whether"
        no_action = outcome_kind == Rules::DueProcess::Ladder::NO_ACTION
        I18n.t("#{SCOPE}.#{no_action ? "requester_no_action" : "requester_action_taken"}")
      else
        ""
      end
    end

    def send_all
      return if @mediation_case.events.where(action: "outcome_told").exists?

      User
        .where(id: @mediation_case.subject_ids)
        .each do |user|
          title = I18n.t("#{SCOPE}.subject_title", **Notices::Conduct.title_values(@mediation_case))
          Notices::SystemMessage.send_once!(
            @mediation_case,
            "outcome_subject",
            user,
            title:,
            raw: subject_message,
          )
        end
      User
        .where(id: @mediation_case.requester_ids - @mediation_case.subject_ids)
        .each do |user|
          title = I18n.t("#{SCOPE}.requester_title", topic_title:)
          Notices::SystemMessage.send_once!(
            @mediation_case,
            "outcome_requester",
            user,
            title:,
            raw: requester_message,
          )
        end
      @mediation_case.update!(outcome_told_at: Time.zone.now)
      @mediation_case.log_event!("outcome_told")
    end

    # The ladder's descriptions speak of "the member", for voters; the person
    # concerned is told what the outcome means for them, in the second person.
    def outcome_kind
      outcome_step&.kind || Rules::DueProcess::Ladder::NO_ACTION
    end

    def path_back
      ends_at = @mediation_case.sanction_ends_at
      review_at = @mediation_case.review_at
      key =
        case Rules::DueProcess::Penalty.measure(
          outcome_step&.kind || Rules::DueProcess::Ladder::NO_ACTION,
        )
        when :none
          "none"
        when :message
          review_at ? "message_review" : "message"
        when :coaching
          "coaching"
        else
          review_at ? "ends_with_review" : "ends"
        end
      I18n.t(
        "#{SCOPE}.path_back.#{key}",
        ends_at: Notices::SystemMessage.time(ends_at),
        review_at: Notices::SystemMessage.time(review_at),
      )
    end

    private

    def topic_title
      @mediation_case.topic_title
    end

    def outcome_step
      key = @mediation_case.outcome || Rules::DueProcess::Ladder::NO_ACTION
      @outcome_step ||= @mediation_case.ballot&.option_step(key) || LadderStep.find_by(key:)
    end

    def outcome_step_title
      outcome_step&.title || @mediation_case.outcome.to_s
    end

    def cited_items
      citations = @mediation_case.report&.citations.to_a
      return I18n.t("#{SCOPE}.nothing_cited") if citations.empty?
      Citation.as_list(citations)
    end
  end
end
