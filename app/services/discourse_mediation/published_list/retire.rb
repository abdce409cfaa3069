# frozen_string_literal: true

module DiscourseMediation
  # Takes an item off the current list. Its id and versions stay, and so do
  # the cases that cited it; `PublishedList::Restore` puts it back.
  class PublishedList::Retire
    include Service::Base
    include PublishedList::AdminEditing

    params do
      attribute :key, :string
      validates :key, presence: true
    end

    policy :is_admin
    model :behaviour
    step :retire

    private

    # Retiring twice keeps the date it first left the list.
    def retire(behaviour:)
      behaviour.update!(retired_at: behaviour.retired_at || Time.zone.now)
    end
  end
end
