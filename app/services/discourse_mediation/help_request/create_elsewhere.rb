# frozen_string_literal: true

module DiscourseMediation
  # A member asks for help with conduct outside the forum (a review, a chat,
  # a mailing list, an event). There is no post to read, so they say what
  # happened, where and when, and may give evidence. It always opens a new
  # case about the person they name; asking twice about the same person
  # while the first request is open is refused.
  class HelpRequest::CreateElsewhere
    include Service::Base
    include ElsewhereSteps

    params(base_class: ElsewhereContract) do
      attribute :kind, :string
      attribute :message
      attribute :consent_to_be_named
      attribute :behaviour_key, :string

      include HelpRequest::KindChecks

      validate :consent_is_a_choice
      validate :says_what_happened, if: -> { errors.empty? }

      def message
        sent_text(:message) do
          Rules::PlainText.trim_within(_1, SiteSetting.mediation_request_message_max_length)
        end
      end

      def consent_to_be_named
        [true, "true"].include?(super)
      end

      private

      def text_fields
        super + %i[message]
      end

      # Yes or no, as JSON or a form sends it; never a guess from other input.
      def consent_is_a_choice
        return if [nil, true, false, "true", "false"].include?(sent(:consent_to_be_named))
        errors.add(:base, I18n.t("discourse_mediation.errors.elsewhere.consent_not_a_choice"))
      end

      # Required here: without a post, the mediators have nothing else to read.
      def says_what_happened
        max = SiteSetting.mediation_request_message_max_length
        if message.empty?
          errors.add(:base, I18n.t("discourse_mediation.errors.elsewhere.message_missing"))
        elsif Rules::Mediation::HelpRequestRules.message_too_long?(message, max)
          errors.add(:base, I18n.t("discourse_mediation.errors.message_too_long", count: max))
        end
      end
    end

    policy :can_request_help
    model :subject_user
    policy :not_oneself, class_name: Case::Policy::NotOneself
    policy :own_uploads, class_name: Evidence::Policy::OwnUploads
    policy :uploads_within_size, class_name: Evidence::Policy::UploadsWithinSize

    transaction do
      step :lock_asker
      # Counted under the lock, so that requests sent at once count each other.
      policy :within_daily_limit, class_name: HelpRequest::Policy::WithinDailyLimit
      policy :not_asked_twice, class_name: HelpRequest::Policy::NotAskedTwiceElsewhere
      model :mediation_case, :open_case
      model :help_request, :create_help_request
      step :add_evidence
      step :record_on_timeline
    end

    step :notify_mediators

    private

    def can_request_help(guardian:)
      guardian.can_request_mediation?
    end

    # One member's requests queue here, so a double submission makes one.
    def lock_asker(guardian:)
      User.where(id: guardian.user.id).lock.pluck(:id)
    end

    def open_case(params:, subject_user:)
      create_elsewhere_case(
        params,
        subject_user,
        urgent: Rules::Mediation::HelpRequestRules.urgent?(params.kind),
      )
    end

    def create_help_request(mediation_case:, params:, guardian:)
      mediation_case.help_requests.create!(
        user: guardian.user,
        kind: params.kind,
        message: params.message,
        consent_to_be_named: params.consent_to_be_named,
        behaviour_key: params.cited_behaviour_key,
      )
    end

    def add_evidence(mediation_case:, help_request:, params:, guardian:)
      create_evidence(mediation_case, params, added_by: guardian.user, help_request:)
    end

    def record_on_timeline(mediation_case:, help_request:, guardian:)
      mediation_case.log_event!(
        "case_opened",
        user: guardian.user,
        help_request_id: help_request.id,
        kind: help_request.kind,
        conduct_place: "elsewhere",
      )
    end

    def notify_mediators(help_request:)
      Jobs.enqueue(
        Jobs::DiscourseMediation::NotifyMediatorsOfHelpRequest,
        help_request_id: help_request.id,
      )
    end
  end
end
