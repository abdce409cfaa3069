# frozen_string_literal: true

module DiscourseMediation
  # The person concerned, or someone named as affected, adds their view before
  # the vote. It is read in full by everyone who votes.
  class Statement::Submit
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :raw, :string

      validates :case_id, presence: true
      validate :has_text

      def raw
        super.to_s.strip
      end

      private

      def has_text
        if raw.empty?
          errors.add(:base, I18n.t("discourse_mediation.errors.statement_empty"))
        elsif raw.each_char.count > Statement::MAX_LENGTH
          errors.add(:base, I18n.t("discourse_mediation.errors.statement_too_long", count: Statement::MAX_LENGTH))
        end
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:submit_statement]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:submit_statement]
      policy :window_open, class_name: Statement::Policy::WindowOpen
      policy :not_stated_yet, class_name: Statement::Policy::NotStatedYet
      model :statement, :create_statement
      step :record_on_timeline
    end

    private

    def create_statement(mediation_case:, params:, guardian:)
      role = mediation_case.subject_ids.include?(guardian.user.id) ? "subject" : "affected"
      mediation_case.statements.create!(user: guardian.user, role:, raw: params.raw)
    end

    def record_on_timeline(mediation_case:, statement:, guardian:)
      mediation_case.log_event!("statement_submitted", user: guardian.user, role: statement.role)
    end
  end
end
