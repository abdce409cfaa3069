# frozen_string_literal: true

module DiscourseMediation
  # A mediator opens a case about conduct outside the forum that nobody
  # asked about here (they saw it, or heard of it elsewhere), and takes it
  # at once. What happened is kept as the case's first note, for the
  # mediators; the evidence is cited by the report.
  class Case::OpenElsewhere
    include Service::Base
    include ElsewhereSteps

    params(base_class: ElsewhereContract) do
      attribute :summary

      validate :says_what_happened, if: -> { errors.empty? }

      def summary
        sent_text(:summary) { Rules::PlainText.trim_within(_1, CaseNote::MAX_LENGTH) }
      end

      private

      def text_fields
        super + %i[summary]
      end

      def says_what_happened
        if summary.empty?
          errors.add(:base, I18n.t("discourse_mediation.errors.elsewhere.summary_missing"))
        elsif summary.each_char.count > CaseNote::MAX_LENGTH
          errors.add(
            :base,
            I18n.t(
              "discourse_mediation.errors.elsewhere.summary_too_long",
              count: CaseNote::MAX_LENGTH,
            ),
          )
        end
      end
    end

    policy :can_mediate
    model :subject_user
    policy :not_oneself, class_name: Case::Policy::NotOneself
    policy :own_uploads, class_name: Evidence::Policy::OwnUploads
    policy :uploads_within_size, class_name: Evidence::Policy::UploadsWithinSize

    transaction do
      step :lock_subject
      policy :not_opened_twice, class_name: Case::Policy::NotOpenedTwice
      model :mediation_case, :open_case
      step :add_evidence
      step :claim
    end

    private

    def can_mediate(guardian:)
      guardian.can_mediate?
    end

    # Cases about one person open one after the other, so a double
    # submission finds the first (Case::Policy::NotOpenedTwice).
    def lock_subject(subject_user:)
      User.where(id: subject_user.id).lock.pluck(:id)
    end

    def open_case(params:, subject_user:, guardian:)
      mediation_case = create_elsewhere_case(params, subject_user)
      mediation_case.notes.create!(user: guardian.user, raw: params.summary)
      mediation_case.log_event!(
        "opened_by_mediator",
        user: guardian.user,
        conduct_place: "elsewhere",
      )
      mediation_case
    end

    def add_evidence(mediation_case:, params:, guardian:)
      create_evidence(mediation_case, params, added_by: guardian.user)
    end

    def claim(mediation_case:, guardian:)
      mediation_case.assign_mediator!(guardian.user)
      mediation_case.apply_event!(:claim, user: guardian.user)
    end
  end
end
