# frozen_string_literal: true

module DiscourseMediation
  # Takes an item off the current list, or puts it back. Its id and versions
  # stay, and so do the cases that cited it.
  class PublishedList::Retire
    include Service::Base
    include PublishedList::AdminEditing

    params do
      attribute :key, :string
      attribute :retired, :boolean, default: true
      validates :key, presence: true
    end

    policy :is_admin
    model :behaviour
    step :retire

    private

    def retire(behaviour:, params:)
      behaviour.update!(retired_at: params.retired ? (behaviour.retired_at || Time.zone.now) : nil)
    end
  end
end
