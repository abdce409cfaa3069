# frozen_string_literal: true

module DiscourseMediation
  # Hands a case to a chosen mediator, whether or not it already had one.
  class Case::Assign
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :username, :string
      validates :case_id, :username, presence: true
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:assign]
    model :assignee
    policy :assignee_mediates

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:assign]
      step :assign
    end

    private

    # People only: never the system user or another bot.
    def fetch_assignee(params:)
      User.real.find_by_username(params.username)
    end

    # A mediator with no part in the case: not its subject, a requester or
    # someone involved.
    def assignee_mediates(mediation_case:, assignee:)
      Guardian.new(assignee).mediation_roles_on(mediation_case).include?(:mediator)
    end

    def assign(mediation_case:, assignee:, guardian:)
      previous = mediation_case.mediator
      mediation_case.assign_mediator!(assignee)
      mediation_case.apply_event!(
        :assign,
        user: guardian.user,
        mediator_id: assignee.id,
        mediator_username: assignee.username,
        previous_mediator_username: previous&.username,
      )
    end
  end
end
