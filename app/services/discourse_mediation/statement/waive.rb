# frozen_string_literal: true

module DiscourseMediation
  # The person concerned does not wish to add anything: the window closes now
  # and the vote opens sooner. Once they have sent a statement, it is no
  # longer theirs to waive: their time stays open for what arrives after it.
  class Statement::Waive
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      validates :case_id, presence: true
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:open_vote]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:open_vote]
      policy :window_open, class_name: Statement::Policy::WindowOpen
      policy :not_stated_yet, class_name: Statement::Policy::NotStatedYet
      step :waive
    end

    private

    def waive(mediation_case:, guardian:)
      mediation_case.update!(waived_at: Time.zone.now)
      mediation_case.open_vote!(user: guardian.user, waived: true)
    end
  end
end
